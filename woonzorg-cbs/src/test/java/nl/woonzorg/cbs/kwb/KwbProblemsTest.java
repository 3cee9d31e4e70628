package nl.woonzorg.cbs.kwb;

import static nl.woonzorg.analysis.population.PopulationMeasure.HUISHOUDENS;
import static nl.woonzorg.analysis.population.PopulationMeasure.INWONERS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.woonzorg.analysis.population.AreaPopulation;
import nl.woonzorg.analysis.population.Count;
import nl.woonzorg.analysis.population.PopulationTable;
import nl.woonzorg.cbs.CbsProblem;
import nl.woonzorg.cbs.CbsProblemKind;
import nl.woonzorg.cbs.CbsReadException;
import nl.woonzorg.model.report.JsonPointer;
import nl.woonzorg.model.report.SourcePosition;
import org.junit.jupiter.api.Test;

/**
 * Every kind of bad input is a located problem with what was expected and what was found, and no
 * row with a problem is handed on; columns match across years on their key without the suffix.
 */
class KwbProblemsTest {

  private static final KwbReader READER = KwbReader.of(KwbFixtureTest.KWB_2024);
  private static final String HEADER = "WijkenEnBuurten;Gemeentenaam_1;AantalInwoners_5;"
      + "HuishoudensTotaal_29\n";
  private static final String COUNT_EXPECTED =
      "a whole number of 0 or more, or '.' for a suppressed figure";
  private static final String JSON_COUNT_EXPECTED =
      "a whole number of 0 or more, or null for a suppressed figure";

  private static KwbInput text(String name, String content) {
    return KwbInput.of(name,
        () -> new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)));
  }

  private static CbsProblem onlyProblem(KwbReader reader, KwbFormat format, KwbInput... inputs) {
    CbsReadException failure = assertThrows(CbsReadException.class,
        () -> reader.readTable(format, List.of(inputs)));
    assertEquals(1, failure.problemCount(), failure.getMessage());
    return failure.problems().get(0);
  }

  private static CbsProblem csvProblem(String rows) {
    return onlyProblem(READER, KwbFormat.CSV, text("kwb.csv", HEADER + rows));
  }

  @Test
  void anUnknownGemeenteIsLocatedAtItsCode() {
    CbsProblem problem = csvProblem("GM0050;Zeewolde;21300;8620\nGM9999    ;Nergens;100;50\n");

    assertEquals(CbsProblemKind.UNKNOWN_AREA, problem.kind());
    assertEquals(Optional.of(SourcePosition.of(3, 1)), problem.position());
    assertEquals("kwb.csv:3:1: unknown area code 'GM9999': no gemeente of the 342 gemeenten of"
        + " 1 January 2024 has it (expected NL00, or the CBS code of a gemeente of the area"
        + " hierarchy or of one of its wijken or buurten; found GM9999)", problem.toString());
  }

  @Test
  void aRowOfAnotherYearIsAYearMismatch() {
    CbsProblem problem = onlyProblem(READER, KwbFormat.CSV, text("kwb.csv",
        "WijkenEnBuurten;Perioden;AantalInwoners_5\nGM0050;2023JJ00;21300\n"));

    assertEquals("kwb.csv:2:8: the period '2023JJ00' is not the year of table 85984NED"
        + " (expected 2024 or 2024JJ00; found 2023JJ00)", problem.toString());
    assertEquals(CbsProblemKind.YEAR_MISMATCH, problem.kind());
  }

  @Test
  void aNegativeCountIsLocatedAtItsCell() {
    CbsProblem problem = csvProblem("GM0050;Zeewolde;-5;8620\n");

    assertEquals(CbsProblemKind.NEGATIVE_COUNT, problem.kind());
    assertEquals("kwb.csv:2:17", problem.location());
    assertEquals("the count of AantalInwoners_5 cannot be negative", problem.message());
    assertEquals(COUNT_EXPECTED, problem.expected());
    assertEquals(Optional.of("-5"), problem.found());
  }

  @Test
  void textAFractionAndAThousandsPointAreNotCounts() {
    assertEquals("kwb.csv:2:17: the count of AantalInwoners_5 is not a number (expected "
        + COUNT_EXPECTED + "; found abc)", csvProblem("GM0050;Zeewolde;abc;8620\n").toString());
    assertEquals("kwb.csv:2:23: the count of HuishoudensTotaal_29 is not a whole number (expected "
        + COUNT_EXPECTED + "; found 12,5)",
        csvProblem("GM0050;Zeewolde;21300;12,5\n").toString());
    // "21.300" may be a thousands point or a decimal point; neither is guessed.
    assertEquals(CbsProblemKind.NOT_A_NUMBER,
        csvProblem("GM0050;Zeewolde;21.300;8620\n").kind());
  }

  @Test
  void aDecimalCommaWithAWholeNumberIsACount() {
    PopulationTable table = READER.readTable(KwbFormat.CSV,
        List.of(text("kwb.csv", HEADER + "GM0050;Zeewolde;21300,0;.\n")));

    assertEquals(Optional.of(Count.of(21_300)), table.row("GM0050").orElseThrow().count(INWONERS));
    assertEquals(Optional.of(Count.suppressed()),
        table.row("GM0050").orElseThrow().count(HUISHOUDENS));
  }

  @Test
  void aLineOfTheWrongWidthIsASyntaxProblem() {
    assertEquals("kwb.csv:2:1: the line has 3 fields and the header 4 (expected 4 fields; found 3"
        + " fields)", csvProblem("GM0050;Zeewolde;21300\n").toString());
  }

  @Test
  void anAreaGivenTwiceIsOneProblem() {
    CbsProblem problem = csvProblem("GM0050;Zeewolde;21300;8620\nGM0050;Zeewolde;21300;8620\n");

    assertEquals(CbsProblemKind.DUPLICATE, problem.kind());
    assertEquals("kwb.csv:3:1: area GM0050 is given twice (expected one row per area; found"
        + " GM0050)", problem.toString());
  }

  @Test
  void columnsMatchAcrossYearsOnTheirKeyWithoutTheSuffix() {
    String file2022 = "WijkenEnBuurten;HuishoudensTotaal_28\nGM0050;8620\n";
    String file2024 = "WijkenEnBuurten;HuishoudensTotaal_29\nGM0050;8620\n";

    for (PopulationTable table : List.of(
        KwbReader.of(KwbTable.of("85318NED", 2022))
            .readTable(KwbFormat.CSV, List.of(text("2022.csv", file2022))),
        KwbReader.of(KwbTable.builder("85318NED", 2022)
                .addDataPropertyKeys("HuishoudensTotaal_28").build())
            .readTable(KwbFormat.CSV, List.of(text("2022.csv", file2022))),
        READER.readTable(KwbFormat.CSV, List.of(text("2024.csv", file2024))))) {
      assertEquals(Optional.of(Count.of(8_620)),
          table.row("GM0050").orElseThrow().count(HUISHOUDENS));
    }
  }

  @Test
  void aColumnOfAnotherYearsTableIsCaughtByTheTablesKeys() {
    KwbReader reader = KwbReader.of(KwbTable.builder("85984NED", 2024)
        .addDataPropertyKeys("AantalInwoners_5", "HuishoudensTotaal_29").build());

    CbsProblem problem = onlyProblem(reader, KwbFormat.CSV, text("kwb.csv",
        "WijkenEnBuurten;AantalInwoners_5;HuishoudensTotaal_28\nGM0050;21300;8620\n"));

    assertEquals("kwb.csv:1:34: column 'HuishoudensTotaal_28' is not a key of table 85984NED"
        + " (expected HuishoudensTotaal_29, the key of HuishoudensTotaal in its DataProperties;"
        + " found HuishoudensTotaal_28)", problem.toString());
    assertEquals(CbsProblemKind.UNKNOWN_COLUMN, problem.kind());
  }

  @Test
  void aTypedDataSetProblemIsLocatedByItsPointer() {
    CbsProblem negative = onlyProblem(READER, KwbFormat.TYPED_DATA_SET, text("page.json",
        "{\"value\": [{\"WijkenEnBuurten\": \"GM0050    \", \"AantalInwoners_5\": -5}]}"));

    assertEquals(Optional.of(JsonPointer.of("value", "0", "AantalInwoners_5")), negative.pointer());
    assertEquals("page.json#/value/0/AantalInwoners_5: the count of AantalInwoners_5 cannot be"
        + " negative (expected " + JSON_COUNT_EXPECTED + "; found -5)", negative.toString());

    CbsProblem string = onlyProblem(READER, KwbFormat.TYPED_DATA_SET, text("page.json",
        "{\"value\": [{\"WijkenEnBuurten\": \"GM0050\"}, {\"WijkenEnBuurten\": \"GM0088\","
            + " \"AantalInwoners_5\": \"950\"}]}"));
    assertEquals("page.json#/value/1/AantalInwoners_5: the count of AantalInwoners_5 is not a"
        + " number (expected " + JSON_COUNT_EXPECTED + "; found \"950\")", string.toString());

    CbsProblem unknown = onlyProblem(READER, KwbFormat.TYPED_DATA_SET, text("page.json",
        "{\"value\": [{\"WijkenEnBuurten\": \"WK045701  \", \"AantalInwoners_5\": 5}]}"));
    assertEquals("page.json#/value/0/WijkenEnBuurten", unknown.location());
    assertEquals("unknown area code 'WK045701': its gemeente GM0457 is not one of the 342"
        + " gemeenten of 1 January 2024", unknown.message());
  }

  @Test
  void brokenJsonIsASyntaxProblemNotAStackTrace() {
    CbsProblem problem = onlyProblem(READER, KwbFormat.TYPED_DATA_SET, text("page.json",
        "{\"value\": [{\"WijkenEnBuurten\": \"GM0050\", \"AantalInwoners_5\": 12,,}]}"));

    assertEquals(CbsProblemKind.SYNTAX, problem.kind());
    assertEquals("page.json#/value/0", problem.location());
    assertEquals("not well-formed JSON at line 1, column 65: Unexpected character (',' (code 44)):"
        + " was expecting double-quote to start property name", problem.message());
  }

  @Test
  void anObservationProblemNamesItsPageAndPointer() {
    KwbInput first = text("page-1.json", "{\"value\": [{\"Measure\": \"T001036\","
        + " \"WijkenEnBuurten\": \"GM0050\", \"Value\": 21300}]}");
    KwbInput second = text("page-2.json", "{\"value\": [{\"Measure\": \"1050010_2\","
        + " \"WijkenEnBuurten\": \"GM0050\", \"Value\": -8620}]}");

    CbsProblem negative = onlyProblem(READER, KwbFormat.OBSERVATIONS, first, second);
    assertEquals("page-2.json#/value/0/Value: the count of 1050010_2 cannot be negative (expected "
        + JSON_COUNT_EXPECTED + "; found -8620)", negative.toString());

    CbsProblem year = onlyProblem(READER, KwbFormat.OBSERVATIONS, text("page-1.json",
        "{\"value\": [{\"Measure\": \"T001036\", \"WijkenEnBuurten\": \"GM0050\","
            + " \"Perioden\": \"2025JJ00\", \"Value\": 21300}]}"));
    assertEquals("page-1.json#/value/0/Perioden: the period '2025JJ00' is not the year of table"
        + " 85984NED (expected 2024 or 2024JJ00; found 2025JJ00)", year.toString());

    CbsProblem unknown = onlyProblem(READER, KwbFormat.OBSERVATIONS, text("page-1.json",
        "{\"value\": [{\"Measure\": \"T001036\", \"WijkenEnBuurten\": \"XX0050\","
            + " \"Value\": 1}, {\"Measure\": \"80200\", \"WijkenEnBuurten\": \"XX0050\","
            + " \"Value\": 1}]}"));
    assertEquals("page-1.json#/value/0/WijkenEnBuurten: 'XX0050' is not a CBS area code: expected"
        + " NL00, PVnn, CRnn, GMnnnn, WKnnnnnn or BUnnnnnnnn (expected NL00, or the CBS code of a"
        + " gemeente of the area hierarchy or of one of its wijken or buurten; found XX0050)",
        unknown.toString());
  }

  @Test
  void aStreamingReadHandsOnTheGoodRowsAndReportsTheRest() {
    List<AreaPopulation> rows = new ArrayList<>();
    KwbReadResult result = READER.read(KwbFormat.CSV, List.of(text("kwb.csv",
        HEADER + "GM0050;Zeewolde;21300;8620\nGM0088;Schiermonnikoog;-1;480\n"
            + "GM0096;Vlieland;1200;600\n")), rows::add);

    assertEquals(List.of("GM0050", "GM0096"), rows.stream().map(AreaPopulation::areaCode).toList());
    assertEquals(2, result.rows());
    assertFalse(result.isClean());
    assertEquals(List.of("kwb.csv:3:24"),
        result.problems().stream().map(CbsProblem::location).toList());
  }

  @Test
  void theExceptionSaysTheFirstProblemAndHowManyMore() {
    CbsReadException failure = assertThrows(CbsReadException.class,
        () -> READER.readTable(KwbFormat.CSV, List.of(text("kwb.csv",
            HEADER + "GM9998;A;1;1\nGM9999;B;1;1\n"))));

    assertEquals(2, failure.problemCount());
    assertEquals("kwb.csv:2:1: unknown area code 'GM9998': no gemeente of the 342 gemeenten of"
        + " 1 January 2024 has it (expected NL00, or the CBS code of a gemeente of the area"
        + " hierarchy or of one of its wijken or buurten; found GM9998) (and 1 more problems)",
        failure.getMessage());
  }
}
