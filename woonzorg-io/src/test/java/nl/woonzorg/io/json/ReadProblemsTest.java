package nl.woonzorg.io.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import nl.woonzorg.model.document.DocumentType;
import nl.woonzorg.io.ProblemKind;
import nl.woonzorg.io.ReadLimits;
import nl.woonzorg.io.ReadMode;
import nl.woonzorg.io.ReadResult;
import nl.woonzorg.io.WireFormatException;
import nl.woonzorg.io.WireProblem;
import nl.woonzorg.model.dwelling.Dwelling;
import nl.woonzorg.model.goal.Goal;
import nl.woonzorg.model.report.Finding;
import nl.woonzorg.model.report.JsonPointer;
import nl.woonzorg.model.report.Severity;
import nl.woonzorg.model.report.SourcePosition;
import nl.woonzorg.model.report.Verdict;
import nl.woonzorg.model.vera.UnitKind;
import org.junit.jupiter.api.Test;

/** Strict reading reports every problem with its place; lenient reading keeps what it safely can. */
class ReadProblemsTest {

  /** A dwelling record with four problems, one per line. */
  private static final String FOUR_PROBLEMS = String.join("\n",
      "{\"formatVersion\": \"1.0\",",
      " \"id\": \"d1\", \"id\": \"d2\",",
      " \"unitKind\": \"WOO\", \"housingForm\": \"IGLO\",",
      " \"rooms\": 3.5, \"floor\": 2,",
      " \"supplementaryTargetGroups\": [\"OUD\", \"XYZ\", \"ZIN\"]}");

  @Test
  void strictReadingReportsEveryProblemInDocumentOrder() {
    WireFormatException e = assertThrows(WireFormatException.class,
        () -> JsonReader.strict().read(FOUR_PROBLEMS, DocumentType.DWELLING));

    assertEquals(List.of(
        WireProblem.of(ProblemKind.DUPLICATE_KEY, JsonPointer.of("id"), SourcePosition.of(2, 14),
            "Dwelling has the property \"id\" twice; the first is kept", "each property once",
            "a second \"id\""),
        WireProblem.of(ProblemKind.UNKNOWN_CODE, JsonPointer.of("housingForm"),
            SourcePosition.of(3, 36), "unknown code \"IGLO\" in code list HousingForm",
            "one of ADL, BEG, GEB, GEC, GRO, GRW, HAT, KLE, LEV, SEN, THO, ZWO", "\"IGLO\""),
        WireProblem.of(ProblemKind.WRONG_TYPE, JsonPointer.of("rooms"), SourcePosition.of(4, 11),
            "expected an integer, found the number 3.5", "an integer", "the number 3.5"),
        WireProblem.of(ProblemKind.UNKNOWN_PROPERTY, JsonPointer.of("floor"),
            SourcePosition.of(4, 16), "Dwelling has no property \"floor\"", "one of "
                + "formatVersion, documentType, id, municipalityCode, districtCode, neighbourhoodCode, "
                + "postalCode, unitKind, unitDetailKind, housingForm, accessibilityLabel, batScore, "
                + "targetGroup, supplementaryTargetGroups, rentClass, rooms, constructionYear, "
                + "ownerPartyId, buildingId", "\"floor\""),
        WireProblem.of(ProblemKind.UNKNOWN_CODE, JsonPointer.of("supplementaryTargetGroups", "1"),
            SourcePosition.of(5, 39),
            "unknown code \"XYZ\" in code list VeraSupplementaryTargetGroup",
            "one of BSTU, DAK, GEB, GED, GEE, GGZ, KUN, LIC, OUD, PSY, SKA, STH, VBE, VER, ZIN, ZORI",
            "\"XYZ\"")), e.getProblems());
    assertEquals("WZ-IO-DUPLICATE-KEY at /id (2:14): Dwelling has the property \"id\" twice;"
        + " the first is kept (and 4 more)", e.getMessage());
  }

  @Test
  void lenientReadingKeepsWhatItSafelyCanAndSaysWhatItDropped() {
    ReadResult<Dwelling> result = JsonReader.lenient().readResult(FOUR_PROBLEMS,
        DocumentType.DWELLING);

    assertEquals(Optional.of(Dwelling.builder().id("d1").unitKind(UnitKind.WOONRUIMTE)
        .addSupplementaryTargetGroups(
            nl.woonzorg.model.vera.VeraSupplementaryTargetGroup.OUDEREN,
            nl.woonzorg.model.vera.VeraSupplementaryTargetGroup.ZORGINDICATIE)
        .build()), result.value());
    assertEquals(5, result.problems().size());
    assertEquals(List.of(JsonPointer.of("id"), JsonPointer.of("housingForm"),
        JsonPointer.of("rooms"), JsonPointer.of("floor"),
        JsonPointer.of("supplementaryTargetGroups", "1")), result.dropped());
    assertEquals(result.value().orElseThrow(), JsonReader.lenient().read(FOUR_PROBLEMS,
        DocumentType.DWELLING));
  }

  @Test
  void problemsAreReportFindings() {
    ReadResult<Dwelling> result = JsonReader.strict().readResult(FOUR_PROBLEMS,
        DocumentType.DWELLING);

    assertEquals(Optional.empty(), result.value());
    assertEquals(Verdict.NOT_CONFORM, result.report().verdict());
    assertEquals(Finding.builder().ruleId("WZ-IO-UNKNOWN-CODE").severity(Severity.ERROR)
        .location(JsonPointer.of("housingForm")).position(SourcePosition.of(3, 36))
        .message("unknown code \"IGLO\" in code list HousingForm").value("\"IGLO\"")
        .expected("one of ADL, BEG, GEB, GEC, GRO, GRW, HAT, KLE, LEV, SEN, THO, ZWO").build(),
        result.report().getFindings().get(1));
  }

  @Test
  void aModelInvariantIsAnInvalidValueAtItsObject() {
    String json = "{\"formatVersion\":\"1.0\",\"id\":\"g\",\"title\":\"t\",\n"
        + "\"deadline\":{\"year\":2025,\"date\":\"2025-06-30\"}}";

    WireFormatException e = assertThrows(WireFormatException.class,
        () -> JsonReader.strict().read(json, DocumentType.GOAL));

    WireProblem problem = e.getProblems().get(0);
    assertEquals(ProblemKind.INVALID_VALUE, problem.kind());
    assertEquals(JsonPointer.of("deadline"), problem.pointer());
    assertEquals(Optional.of(SourcePosition.of(2, 12)), problem.position());
    assertEquals("the model does not accept this value: a deadline is either a year or a date,"
        + " not both", problem.message());
    // The model states its invariants in English; the Dutch text quotes it.
    assertEquals("het model aanvaardt deze waarde niet: a deadline is either a year or a date,"
        + " not both", problem.message(java.util.Locale.forLanguageTag("nl")));
  }

  @Test
  void leniently_anObjectTheModelRefusesIsDropped() {
    String json = "{\"formatVersion\":\"1.0\",\"id\":\"g\",\"title\":\"t\","
        + "\"deadline\":{\"year\":2025,\"date\":\"2025-06-30\"}}";

    ReadResult<Goal> result = JsonReader.lenient().readResult(json, DocumentType.GOAL);

    assertEquals(Optional.of(Goal.builder().id("g").title("t").build()), result.value());
    assertEquals(List.of(JsonPointer.of("deadline")), result.dropped());
  }

  @Test
  void leniently_anObjectWithoutItsRequiredValueTakesTheElementWithIt() {
    String json = "{\"formatVersion\":\"1.0\",\"id\":\"g\",\"title\":\"t\",\"breakdowns\":["
        + "{\"dimension\":\"BOUWWIJZE\",\"parts\":[{\"label\":\"nieuwbouw\",\"value\":80}]},"
        + "{\"parts\":[]}]}";

    ReadResult<Goal> result = JsonReader.lenient().readResult(json, DocumentType.GOAL);

    assertEquals(1, result.value().orElseThrow().getBreakdowns().size());
    assertEquals(List.of(JsonPointer.of("breakdowns", "1")), result.dropped());
    assertEquals(ProblemKind.MISSING_VALUE, result.problems().get(0).kind());
    assertEquals(JsonPointer.of("breakdowns", "1", "dimension"), result.problems().get(0).pointer());
  }

  @Test
  void trailingContentIsAProblem() {
    String json = "{\"formatVersion\":\"1.0\",\"id\":\"d1\",\"unitKind\":\"WOO\"} {}";

    ReadResult<Dwelling> lenient = JsonReader.lenient().readResult(json, DocumentType.DWELLING);

    assertEquals(Optional.of(Dwelling.of("d1", UnitKind.WOONRUIMTE)), lenient.value());
    assertEquals(List.of(WireProblem.of(ProblemKind.TRAILING_CONTENT, JsonPointer.root(),
        SourcePosition.of(1, 52), "content follows the document", "end of input", "an object")),
        lenient.problems());
    assertThrows(WireFormatException.class, () -> JsonReader.strict().read(json,
        DocumentType.DWELLING));
  }

  @Test
  void aMissingFormatVersionIsReportedButLenientlyReadAsThisVersion() {
    ReadResult<Dwelling> result = JsonReader.lenient()
        .readResult("{\"id\":\"d1\",\"unitKind\":\"WOO\"}", DocumentType.DWELLING);

    assertEquals(Optional.of(Dwelling.of("d1", UnitKind.WOONRUIMTE)), result.value());
    assertEquals(ProblemKind.MISSING_VALUE, result.problems().get(0).kind());
  }

  @Test
  void aNewerMinorVersionIsReadAndItsAdditionsAreUnknown() {
    String json = "{\"formatVersion\":\"1.7\",\"id\":\"d1\",\"unitKind\":\"WOO\",\"energyLabel\":\"A\"}";

    ReadResult<Dwelling> result = JsonReader.lenient().readResult(json, DocumentType.DWELLING);

    assertEquals(Optional.of(Dwelling.of("d1", UnitKind.WOONRUIMTE)), result.value());
    assertEquals(List.of(JsonPointer.of("energyLabel")), result.dropped());
    assertEquals(Dwelling.of("d1", UnitKind.WOONRUIMTE), JsonReader.strict()
        .read("{\"formatVersion\":\"1.7\",\"id\":\"d1\",\"unitKind\":\"WOO\"}", DocumentType.DWELLING));
  }

  @Test
  void limitsAreConfigurable() {
    JsonReader tight = JsonReader.strict().withLimits(ReadLimits.defaults().withMaxStringLength(5));

    WireFormatException e = assertThrows(WireFormatException.class, () -> tight.read(
        "{\"formatVersion\":\"1.0\",\"id\":\"longer-than-five\",\"unitKind\":\"WOO\"}",
        DocumentType.DWELLING));

    assertEquals(ProblemKind.LIMIT, e.getProblems().get(0).kind());
    assertEquals("a string of at most 5 characters", e.getProblems().get(0).expected());
    assertEquals(ReadMode.LENIENT, tight.withMode(ReadMode.LENIENT).mode());
    assertTrue(e.getProblems().get(0).kind().isFatal());
  }
}
