package nl.woonzorg.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import nl.woonzorg.model.report.Finding;
import nl.woonzorg.model.report.Report;
import nl.woonzorg.model.report.Verdict;
import org.junit.jupiter.api.Test;

/**
 * Data that breaks a rule a million times gives a report of a hundred findings of that rule and a
 * summary, in a 64 MB heap (this test runs in the {@code low-heap} execution, in a JVM of its own):
 * before the cap, a vision whose goal named a million unknown owners ran out of 256 MB.
 */
class MillionFindingsTest {

  @Test
  void aMillionUnknownOwnersMakeAHundredFindingsOfEachRuleAndASummary() {
    Report report = WoonzorgValidator.builder().locale(Locale.ENGLISH).build()
        .validate(FindingCapTest.unknownOwners(1_000_000));
    assertEquals(Verdict.NOT_CONFORM, report.verdict());
    for (String rule : List.of("WZ-REF-03", "WZ-SMART-A-02")) {
      assertEquals(100, report.findings(rule).size(), rule);
      Finding summary = report.findings("WZ-ENGINE-02").stream()
          .filter(f -> f.getArguments().get("ruleId").equals(rule)).findFirst().orElseThrow();
      assertEquals("999900", summary.getArguments().get("omitted"), rule);
      assertEquals("/goals/0/ownerPartyIds/103", summary.getLocation().toString(), rule);
    }
  }
}
