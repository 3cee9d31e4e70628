package nl.woonzorg.vera.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.woonzorg.io.ProblemKind;
import nl.woonzorg.io.ReadResult;
import nl.woonzorg.io.WireFormatException;
import nl.woonzorg.io.WireProblem;
import nl.woonzorg.vera.unit.AddressKind;
import nl.woonzorg.vera.unit.VeraAddress;
import nl.woonzorg.vera.unit.VeraUnit;
import org.junit.jupiter.api.Test;

/**
 * Strict as the spec allows, lenient as real payloads need: a value without the spec's type is a
 * located problem; read leniently it is kept passed through, so even then nothing is lost.
 */
class ReadingProblemsTest {

  private static final String BARE_CODE = "{\n  \"id\": \"E-1\",\n  \"doelgroep\": \"SEN\",\n"
      + "  \"bouwjaar\": \"1998\",\n  \"woonvorm\": {\"naam\": \"Geclusterd\"}\n}";

  @Test
  void strictlyAValueWithoutTheSpecsTypeFailsTheRead() {
    WireFormatException e = assertThrows(WireFormatException.class,
        () -> VeraReader.strict().read(BARE_CODE));

    assertEquals(List.of(
        "WZ-IO-WRONG-TYPE at /doelgroep (3:16): expected a code value as an object "
            + "{\"code\": …}, not a bare string; the value is kept as it was",
        "WZ-IO-WRONG-TYPE at /bouwjaar (4:15): expected an integer; the value is kept as it was",
        "WZ-IO-MISSING-VALUE at /woonvorm (5:15): the member \"code\" is missing; the value is "
            + "kept as it was"),
        e.getProblems().stream().map(WireProblem::toString).toList());
  }

  @Test
  void lenientlyTheValueIsKeptAndWrittenBackAsItWas() {
    ReadResult<VeraUnit> result = VeraReader.lenient().readResult(BARE_CODE);
    VeraUnit unit = result.value().orElseThrow();

    assertEquals(3, result.problems().size());
    assertEquals(Optional.empty(), unit.getTargetGroup());
    assertEquals(Optional.empty(), unit.getConstructionYear());
    assertEquals("{\"id\":\"E-1\",\"doelgroep\":\"SEN\",\"bouwjaar\":\"1998\","
        + "\"woonvorm\":{\"naam\":\"Geclusterd\"}}", VeraWriter.compact().write(unit));
  }

  @Test
  void aProblemInsideACodeValueKeepsTheCode() {
    ReadResult<VeraUnit> result = VeraReader.lenient()
        .readResult("{\"doelgroep\":{\"code\":\"SEN\",\"naam\":7}}");

    assertEquals("SEN", result.value().orElseThrow().getTargetGroup().orElseThrow().getCode());
    assertEquals("/doelgroep/naam", result.problems().get(0).pointer().toString());
    assertEquals("{\"doelgroep\":{\"code\":\"SEN\",\"naam\":7}}",
        VeraWriter.compact().write(result.value().orElseThrow()));
  }

  @Test
  void theAddressIsDispatchedOnItsSoortCode() {
    VeraAddress unitAddress = VeraReader.strict().read("{\"adres\":{\"soort\":{\"code\":\"EEN\"},"
        + "\"postcode\":\"3011 AB\",\"buurt\":{\"code\":\"BU05990110\"},\"wijk\":{\"code\":"
        + "\"WK059901\"},\"gemeente\":{\"code\":\"0599\",\"naam\":\"Rotterdam\"}}}")
        .getAddress().orElseThrow();
    String postal = "{\"adres\":{\"soort\":{\"code\":\"POS\"},\"postbusnummer\":\"123\","
        + "\"gemeente\":{\"code\":\"0599\"}}}";
    VeraUnit unit = VeraReader.strict().read(postal);
    VeraAddress postalAddress = unit.getAddress().orElseThrow();

    assertEquals(AddressKind.UNIT_ADDRESS, unitAddress.addressKind());
    assertEquals(Optional.of("BU05990110"),
        unitAddress.getNeighbourhood().orElseThrow().getCode());
    assertEquals(Optional.of("Rotterdam"), unitAddress.getMunicipality().orElseThrow().getName());
    assertEquals(AddressKind.POSTAL_ADDRESS, postalAddress.addressKind());
    assertEquals(Optional.empty(), postalAddress.getMunicipality());
    assertTrue(postalAddress.getPassThrough().get("gemeente").isPresent());
    assertEquals(postal.replace(" ", ""), VeraWriter.compact().write(unit));
  }

  @Test
  void notJsonIsASyntaxProblemWithoutAStackTraceInItsMessage() {
    WireFormatException e = assertThrows(WireFormatException.class,
        () -> VeraReader.lenient().read("{\"id\": \"E-1\",\n \"bouwjaar\": 19x8}"));

    WireProblem problem = e.getProblems().get(0);
    assertEquals(ProblemKind.SYNTAX, problem.kind());
    assertEquals("/bouwjaar", problem.pointer().toString());
    assertEquals(2, problem.position().orElseThrow().getLine());
    assertTrue(!e.getMessage().contains("\n\tat "), e.getMessage());
  }

  @Test
  void somethingAfterTheObjectIsTrailingContent() {
    ReadResult<VeraUnit> result = VeraReader.lenient().readResult("{\"id\":\"E-1\"} {}");

    assertEquals(ProblemKind.TRAILING_CONTENT, result.problems().get(0).kind());
    assertEquals(Optional.of("E-1"), result.value().orElseThrow().getId());
  }

  @Test
  void aLenientNdjsonStreamReportsBadLinesWithTheirNumberAndGoesOn() {
    String ndjson = "{\"id\":\"E-1\"}\r\n\n{\"id\":\"E-2\",\"etage\":1.5}\nnot json\n"
        + "[1]\n{\"id\":\"E-3\"}";
    List<WireProblem> problems = new ArrayList<>();

    List<String> ids = VeraReader.lenient().withProblemHandler(problems::add)
        .readNdjson(new ByteArrayInputStream(ndjson.getBytes(StandardCharsets.UTF_8)))
        .map(unit -> unit.getId().orElseThrow()).toList();

    assertEquals(List.of("E-1", "E-2", "E-3"), ids);
    assertEquals(List.of("WZ-IO-WRONG-TYPE 3 /etage", "WZ-IO-SYNTAX 4 ", "WZ-IO-WRONG-TYPE 5 "),
        problems.stream().map(problem -> problem.ruleId() + " "
            + problem.position().orElseThrow().getLine() + " " + problem.pointer()).toList());
  }

  @Test
  void eachNdjsonUnitIsHandedOverWithItsLineAsItsProblemsAreLocated() {
    String ndjson = "{\"id\":\"E-1\"}\r\n\n{\"id\":\"E-2\",\"etage\":1.5}\nnot json\n"
        + "[1]\n{\"id\":\"E-3\"}";
    List<String> units = new ArrayList<>();

    VeraReader.lenient().withProblemHandler(problem -> { })
        .readNdjson(new ByteArrayInputStream(ndjson.getBytes(StandardCharsets.UTF_8)),
            (unit, line) -> units.add(unit.getId().orElseThrow() + " " + line));

    assertEquals(List.of("E-1 1", "E-2 3", "E-3 6"), units);
  }

  @Test
  void aStrictNdjsonStreamFailsAtTheFirstBadLine() {
    String ndjson = "{\"id\":\"E-1\"}\n{\"id\":7}\n";

    WireFormatException e = assertThrows(WireFormatException.class, () -> VeraReader.strict()
        .readNdjson(new ByteArrayInputStream(ndjson.getBytes(StandardCharsets.UTF_8))).count());

    assertEquals("WZ-IO-WRONG-TYPE at /id (2:7): expected a string; the value is kept as it was",
        e.getProblems().get(0).toString());
  }
}
