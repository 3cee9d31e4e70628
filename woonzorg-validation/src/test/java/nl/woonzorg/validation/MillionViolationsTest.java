package nl.woonzorg.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import nl.woonzorg.model.HousingCareVision;
import nl.woonzorg.model.report.Finding;
import nl.woonzorg.model.report.Report;
import org.junit.jupiter.api.Test;

/**
 * Data that breaks a constraint a million times gives a hundred findings and a summary, in a 64 MB
 * heap and in seconds (this test runs in the {@code low-heap} execution, in a JVM of its own):
 * Hibernate Validator alone, which returns every violation at once, ran for more than five minutes
 * in 2 GB on a goal of a million blank owner ids without finishing.
 */
class MillionViolationsTest {

  @Test
  void aMillionBlankOwnerIdsMakeAHundredFindingsAndASummary() {
    HousingCareVision vision =
        Fixtures.goal(g -> g.ownerPartyIds(Collections.nCopies(1_000_000, "")));

    long start = System.nanoTime();
    Report report = WoonzorgValidator.builder().build().validate(vision);
    Duration took = Duration.ofNanos(System.nanoTime() - start);

    System.out.println("a million blank owner ids validated in " + took.toMillis() + " ms");
    assertEquals(IntStream.range(0, 100).mapToObj(i -> "/goals/0/ownerPartyIds/" + i).toList(),
        report.findings("WZ-BEAN-NOTBLANK").stream().map(f -> f.getLocation().toString())
            .toList());
    List<Finding> summaries = report.findings("WZ-ENGINE-02").stream()
        .filter(f -> f.getArguments().get("ruleId").equals("WZ-BEAN-NOTBLANK")).toList();
    assertEquals(1, summaries.size());
    assertEquals("999900", summaries.get(0).getArguments().get("omitted"));
    assertEquals("/goals/0/ownerPartyIds/100", summaries.get(0).getLocation().toString());
    assertTrue(took.compareTo(Duration.ofSeconds(60)) < 0, took.toString());
  }
}
