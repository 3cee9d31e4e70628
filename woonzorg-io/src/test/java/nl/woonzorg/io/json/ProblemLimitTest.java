package nl.woonzorg.io.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.woonzorg.io.ProblemKind;
import nl.woonzorg.io.ReadLimits;
import nl.woonzorg.io.ReadMode;
import nl.woonzorg.io.ReadResult;
import nl.woonzorg.io.WireFormatException;
import nl.woonzorg.io.WireProblem;
import nl.woonzorg.model.document.DocumentType;
import nl.woonzorg.model.dwelling.Dwelling;
import nl.woonzorg.model.report.JsonPointer;
import nl.woonzorg.model.report.SourcePosition;
import nl.woonzorg.model.vera.UnitKind;
import org.junit.jupiter.api.Test;

/**
 * Beyond {@link ReadLimits#maxProblems()} problems are counted, not listed, and one summary
 * says how many of which kind; reading goes on as before. The memory this saves is proved by
 * {@code ManyProblemsTest} at a small heap.
 */
class ProblemLimitTest {

  /** Five recoverable problems: four unknown properties, then a wrong type. */
  private static final String FIVE_PROBLEMS = "{\"formatVersion\":\"1.0\",\"id\":\"d\","
      + "\"unitKind\":\"WOO\",\"a\":1,\"b\":2,\"c\":3,\"d\":4,\"rooms\":\"x\"}";

  private static final JsonReader TWO = JsonReader.lenient()
      .withLimits(ReadLimits.defaults().withMaxProblems(2));

  @Test
  void theDefaultListsAHundredProblems() {
    assertEquals(100, ReadLimits.defaults().maxProblems());
    assertEquals(100, ReadLimits.records().maxProblems());
  }

  @Test
  void theLimitMustBePositive() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ReadLimits.defaults().withMaxProblems(0));
    assertEquals("maxProblems must be positive: 0", e.getMessage());
  }

  @Test
  void problemsBeyondTheLimitAreCountedPerKindAndSummarisedAtTheFirstOneLeftOut() {
    ReadResult<Dwelling> result = TWO.readResult(FIVE_PROBLEMS, DocumentType.DWELLING);

    List<WireProblem> problems = result.problems();
    assertEquals(3, problems.size(), problems.toString());
    assertEquals(List.of(JsonPointer.of("a"), JsonPointer.of("b")),
        problems.subList(0, 2).stream().map(WireProblem::pointer).toList());
    assertEquals(WireProblem.of(ProblemKind.LIMIT, JsonPointer.of("c"),
        SourcePosition.of(1, FIVE_PROBLEMS.indexOf("\"c\"") + 1),
        "and 3 more problems: 2 of WZ-IO-UNKNOWN-PROPERTY, 1 of WZ-IO-WRONG-TYPE",
        "at most 2 problems listed", "5 problems"), problems.get(2));
    assertEquals(Map.of(ProblemKind.UNKNOWN_PROPERTY, 2L, ProblemKind.WRONG_TYPE, 1L),
        result.problemsOmitted());
    assertEquals(List.of(ProblemKind.UNKNOWN_PROPERTY, ProblemKind.WRONG_TYPE),
        List.copyOf(result.problemsOmitted().keySet()));
  }

  @Test
  void droppedPlacesAreListedUpToTheLimitAndCountedBeyond() {
    ReadResult<Dwelling> result = TWO.readResult(FIVE_PROBLEMS, DocumentType.DWELLING);

    assertEquals(List.of(JsonPointer.of("a"), JsonPointer.of("b")), result.dropped());
    assertEquals(3, result.droppedOmitted());
  }

  @Test
  void leniently_valuesBeyondTheLimitAreStillDropped() {
    assertEquals(Optional.of(Dwelling.of("d", UnitKind.WOONRUIMTE)),
        TWO.readResult(FIVE_PROBLEMS, DocumentType.DWELLING).value());
  }

  @Test
  void strictly_theExceptionCarriesTheListedProblemsAndTheSummary() {
    WireFormatException e = assertThrows(WireFormatException.class,
        () -> TWO.withMode(ReadMode.STRICT).read(FIVE_PROBLEMS,
            DocumentType.DWELLING));

    assertEquals(3, e.getProblems().size(), e.getProblems().toString());
    assertEquals("and 3 more problems: 2 of WZ-IO-UNKNOWN-PROPERTY, 1 of WZ-IO-WRONG-TYPE",
        e.getProblems().get(2).message());
  }

  @Test
  void aFatalProblemBeyondTheLimitIsListedAfterTheSummary() {
    String truncated = FIVE_PROBLEMS.substring(0, FIVE_PROBLEMS.length() - 1) + ",";

    List<WireProblem> problems = TWO.readResult(truncated, DocumentType.DWELLING).problems();

    assertEquals(List.of(ProblemKind.UNKNOWN_PROPERTY, ProblemKind.UNKNOWN_PROPERTY,
        ProblemKind.LIMIT, ProblemKind.SYNTAX),
        problems.stream().map(WireProblem::kind).toList(), problems.toString());
  }

  @Test
  void oneProblemLeftOutIsOneProblem() {
    ReadResult<Dwelling> result = JsonReader.lenient()
        .withLimits(ReadLimits.defaults().withMaxProblems(4))
        .readResult(FIVE_PROBLEMS, DocumentType.DWELLING);

    assertEquals("and 1 more problem of WZ-IO-WRONG-TYPE", result.problems().get(4).message());
  }

  @Test
  void omittedCountsArePositive() {
    assertThrows(IllegalArgumentException.class, () -> ReadResult.of(null, List.of(),
        Map.of(ProblemKind.WRONG_TYPE, 0L), List.of(), 0));
    assertThrows(IllegalArgumentException.class, () -> ReadResult.of(null, List.of(),
        Map.of(), List.of(), -1));
  }
}
