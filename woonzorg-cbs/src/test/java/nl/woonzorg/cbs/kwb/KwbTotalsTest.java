package nl.woonzorg.cbs.kwb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.woonzorg.analysis.population.Count;
import nl.woonzorg.analysis.population.PopulationMeasure;
import nl.woonzorg.analysis.population.PopulationTable;
import nl.woonzorg.cbs.CbsProblem;
import nl.woonzorg.cbs.CbsProblemKind;
import nl.woonzorg.model.report.JsonPointer;
import nl.woonzorg.model.report.SourcePosition;
import org.junit.jupiter.api.Test;

/**
 * A table read whole is checked to add up: a gemeente's counts against the sums of its wijken, a
 * wijk's against its buurten; each mismatch is handed on located at the whole's cell, the sum of
 * the parts expected and the whole's figure found, and the table is read all the same. Suppressed
 * parts leave the sum partial, not wrong.
 */
class KwbTotalsTest {

  private static final KwbReader READER = KwbReader.of(KwbFixtureTest.KWB_2024);
  private static final String HEADER = "WijkenEnBuurten;AantalInwoners_5;HuishoudensTotaal_29\n";

  private static KwbInput text(String name, String content) {
    return KwbInput.of(name,
        () -> new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)));
  }

  /** The mismatches of a read, which succeeds: CBS's own tables have them. */
  private static List<CbsProblem> problems(KwbFormat format, String name, String content) {
    List<CbsProblem> mismatches = new ArrayList<>();
    READER.readTable(format, List.of(text(name, content)), mismatches::add);
    return mismatches;
  }

  @Test
  void zeewoldesWijkenOneInhabitantTooManyAreAMismatchAtTheGemeentesCell() {
    List<CbsProblem> problems = problems(KwbFormat.CSV, "kwb.csv", HEADER
        + "GM0050    ;21300;8620\nWK005000;9000;3800\nWK005001;12000;4700\nWK005009;301;120\n");

    assertEquals(1, problems.size(), problems::toString);
    CbsProblem problem = problems.get(0);
    assertEquals(CbsProblemKind.TOTAL_MISMATCH, problem.kind());
    assertEquals(Optional.of(SourcePosition.of(2, 12)), problem.position());
    // Without a consumer, the read keeps the gemeente's own figure, for the analysis to compare.
    PopulationTable table = READER.readTable(KwbFormat.CSV, List.of(text("kwb.csv", HEADER
        + "GM0050;21300;8620\nWK005000;9000;3800\nWK005001;12000;4700\nWK005009;301;120\n")));
    assertEquals(Optional.of(Count.of(21300)),
        table.row("GM0050").orElseThrow().count(PopulationMeasure.INWONERS));
    assertEquals("21301, the sum of its 3 wijken", problem.expected());
    assertEquals(Optional.of("21300"), problem.found());
    assertEquals("kwb.csv:2:12: the inhabitants of GM0050 are not the sum of its 3 wijken"
        + " (expected 21301, the sum of its 3 wijken; found 21300)", problem.toString());
  }

  @Test
  void aWijkIsCheckedAgainstItsBuurtenAndEachMeasureApart() {
    List<CbsProblem> problems = problems(KwbFormat.CSV, "kwb.csv", HEADER
        + "WK009600;1200;600\nBU00960000;1100;550\nBU00960001;90;60\n");

    assertEquals(List.of(
        "kwb.csv:2:10: the inhabitants of WK009600 are not the sum of its 2 buurten"
            + " (expected 1190, the sum of its 2 buurten; found 1200)",
        "kwb.csv:2:15: the households of WK009600 are not the sum of its 2 buurten"
            + " (expected 610, the sum of its 2 buurten; found 600)"),
        problems.stream().map(CbsProblem::toString).toList());
  }

  @Test
  void aSuppressedPartMakesTheSumPartialNotAMismatch() {
    PopulationTable table = READER.readTable(KwbFormat.CSV, List.of(text("kwb.csv", HEADER
        + "GM0050;21300;8620\nWK005000;9000;3800\nWK005001;12000;4700\nWK005009;300;.\n")));

    assertEquals(Optional.of(Count.suppressed()),
        table.row("WK005009").orElseThrow().count(PopulationMeasure.HUISHOUDENS));
  }

  @Test
  void knownPartsAboveTheWholeAreAMismatchEvenWithAPartSuppressed() {
    List<CbsProblem> problems = problems(KwbFormat.CSV, "kwb.csv", HEADER
        + "GM0050;21300;8400\nWK005000;9000;3800\nWK005001;12000;4700\nWK005009;300;.\n");

    assertEquals(List.of("kwb.csv:2:14: the households of GM0050 are fewer than its 2 wijken not"
        + " suppressed hold (expected at least 8500, the sum of its 2 wijken not suppressed;"
        + " found 8400)"), problems.stream().map(CbsProblem::toString).toList());
  }

  @Test
  void aTypedDataSetMismatchIsAtTheWholesMember() {
    List<CbsProblem> problems = problems(KwbFormat.TYPED_DATA_SET, "page-1.json", """
        {"value": [
          {"WijkenEnBuurten": "GM0088    ", "AantalInwoners_5": 950},
          {"WijkenEnBuurten": "WK008800  ", "AantalInwoners_5": 905}
        ]}""");

    assertEquals(1, problems.size(), problems::toString);
    assertEquals(Optional.of(JsonPointer.parse("/value/0/AantalInwoners_5")),
        problems.get(0).pointer());
    assertEquals("905, the sum of its 1 wijk", problems.get(0).expected());
    assertEquals(Optional.of("950"), problems.get(0).found());
  }

  @Test
  void anObservationsMismatchIsAtTheWholesValue() {
    List<CbsProblem> problems = problems(KwbFormat.OBSERVATIONS, "page-1.json", """
        {"value": [
          {"Measure": "T001036", "WijkenEnBuurten": "WK008800", "Value": 905},
          {"Measure": "T001036", "WijkenEnBuurten": "GM0088", "Value": 950}
        ]}""");

    assertEquals(List.of("page-1.json#/value/1/Value: the inhabitants of GM0088 are not the sum"
        + " of its 1 wijk (expected 905, the sum of its 1 wijk; found 950)"),
        problems.stream().map(CbsProblem::toString).toList());
  }

  @Test
  void aGeneratedTableThatAddsUpReadsAndOneChangedPartIsOneMismatchAtTheWhole() {
    qt().withExamples(300).forAll(
        lists().of(longs().between(0, 10_000_000)).ofSizeBetween(1, 30),
        integers().allPositive(),
        longs().between(1, 10_000_000),
        booleans().all())
        .checkAssert((wijken, pick, size, down) -> {
          int changed = pick % wijken.size();
          // Down only as far as zero: a negative count would be another problem.
          long delta = down && wijken.get(changed) >= size ? -size : size;
          long total = wijken.stream().mapToLong(Long::longValue).sum();
          assertEquals(Optional.of(Count.of(total)), READER.readTable(KwbFormat.CSV,
              List.of(text("kwb.csv", csv(total, wijken)))).row("GM0050").orElseThrow()
              .count(PopulationMeasure.INWONERS));

          List<Long> wrong = new ArrayList<>(wijken);
          wrong.set(changed, wijken.get(changed) + delta);
          List<CbsProblem> problems = problems(KwbFormat.CSV, "kwb.csv", csv(total, wrong));
          assertEquals(1, problems.size(), problems::toString);
          assertEquals(CbsProblemKind.TOTAL_MISMATCH, problems.get(0).kind());
          assertEquals("kwb.csv:2:8", problems.get(0).location());
          assertEquals((total + delta) + ", the sum of its " + wijken.size()
              + (wijken.size() == 1 ? " wijk" : " wijken"), problems.get(0).expected());
          assertEquals(Optional.of(Long.toString(total)), problems.get(0).found());
        });
  }

  /** Gemeente GM0050's inhabitants and one wijk a line with each of {@code wijken}. */
  private static String csv(long total, List<Long> wijken) {
    StringBuilder csv = new StringBuilder("WijkenEnBuurten;AantalInwoners_5\nGM0050;")
        .append(total).append('\n');
    for (int i = 0; i < wijken.size(); i++) {
      csv.append(String.format("WK0050%02d;%d%n", i, wijken.get(i)));
    }
    return csv.toString();
  }
}
