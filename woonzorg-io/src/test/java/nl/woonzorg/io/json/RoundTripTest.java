package nl.woonzorg.io.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import nl.woonzorg.model.document.DocumentType;
import nl.woonzorg.io.Fixtures;
import nl.woonzorg.model.HousingCareVision;
import nl.woonzorg.model.fixture.GemeenteA;
import nl.woonzorg.model.goal.Goal;
import nl.woonzorg.model.goal.Scope;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** read(write(x)) equals x, and the same model always gives the same bytes. */
class RoundTripTest {

  static Stream<Object> documents() {
    return Fixtures.documents().stream();
  }

  @ParameterizedTest
  @MethodSource("documents")
  void compactDocumentsReadBackEqual(Object document) {
    String json = JsonWriter.compact().write(document);

    assertEquals(document, JsonReader.strict().read(json, Fixtures.typeOf(document)));
    assertFalse(json.contains("\n"));
  }

  @ParameterizedTest
  @MethodSource("documents")
  void prettyDocumentsReadBackEqual(Object document) {
    byte[] json = JsonWriter.pretty().writeBytes(document);

    assertEquals(document, JsonReader.strict().read(new ByteArrayInputStream(json),
        Fixtures.typeOf(document)));
  }

  @ParameterizedTest
  @MethodSource("documents")
  void theSameModelGivesTheSameBytes(Object document) {
    byte[] first = JsonWriter.compact().writeBytes(document);
    Object reread = JsonReader.strict().read(first, Fixtures.typeOf(document));

    assertArrayEquals(first, JsonWriter.compact().writeBytes(reread));
    assertArrayEquals(JsonWriter.pretty().writeBytes(document),
        JsonWriter.pretty().writeBytes(reread));
  }

  @Test
  void equalModelsGiveEqualBytesWhateverTheOrderTheirSetsWereFilledIn() {
    Goal oneWay = Goal.builder().id("g").title("t")
        .scope(Scope.builder().addAreaIds("wijk-b", "wijk-a").build()).build();
    Goal otherWay = Goal.builder().id("g").title("t")
        .scope(Scope.builder().addAreaIds("wijk-a", "wijk-b").build()).build();

    assertEquals(oneWay, otherWay);
    assertEquals(JsonWriter.compact().write(oneWay), JsonWriter.compact().write(otherWay));
  }

  @Test
  void aGoalIsWrittenExactlyAsTheGoldenFile() throws IOException {
    try (InputStream golden = getClass().getResourceAsStream("clustered-goal.json")) {
      String expected = new String(golden.readAllBytes(), StandardCharsets.UTF_8);

      assertEquals(expected, WoonzorgJson.writePretty(Fixtures.clusteredGoal()) + "\n");
    }
  }

  @Test
  void theStaticEntryPointsRoundTrip() {
    HousingCareVision vision = GemeenteA.vision();

    assertEquals(vision, WoonzorgJson.readVision(WoonzorgJson.write(vision)));
  }

  @Test
  void aDocumentStartsWithItsFormatVersionAndLeavesEmptiesOut() {
    String json = WoonzorgJson.write(nl.woonzorg.model.dwelling.Dwelling.of(
        "d1", nl.woonzorg.model.vera.UnitKind.WOONRUIMTE));

    assertEquals("{\"formatVersion\":\"1.1\",\"documentType\":\"dwelling\",\"id\":\"d1\","
        + "\"unitKind\":\"WOO\"}", json);
  }

  @Test
  void decimalsAreWrittenPlainAndDatesAsIso() {
    String json = WoonzorgJson.write(Fixtures.smallShare());

    assertEquals("{\"formatVersion\":\"1.1\",\"documentType\":\"measurement\","
        + "\"indicatorId\":\"indicator-geclusterde-woningen\","
        + "\"referenceDate\":\"2024-01-01\",\"value\":0.0000001,"
        + "\"source\":\"monitor wonen en zorg\",\"areaId\":\"wijk-y\"}", json);
  }

  @Test
  void writingToAStreamGivesTheSameBytes() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    JsonWriter.compact().write(Fixtures.clusteredHome(), out);

    assertArrayEquals(JsonWriter.compact().writeBytes(Fixtures.clusteredHome()), out.toByteArray());
  }

  @Test
  void onlyDocumentTypesAreWritten() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> WoonzorgJson.write(GemeenteA.vision().getArea()));

    assertTrue(e.getMessage().endsWith("is not a document type; documents are "
        + "[housing-care-vision, analysis-document, performance-agreements, covenant,"
        + " implementation-programme, monitor, performance-agreement, goal, dwelling,"
        + " building, measurement]"),
        e.getMessage());
  }

  @Test
  void anEmptyCollectionReadsAsAbsent() {
    String json = "{\"formatVersion\":\"1.0\",\"id\":\"d1\",\"unitKind\":\"WOO\","
        + "\"supplementaryTargetGroups\":[]}";

    assertEquals(nl.woonzorg.model.dwelling.Dwelling.of("d1",
        nl.woonzorg.model.vera.UnitKind.WOONRUIMTE), WoonzorgJson.read(json, DocumentType.DWELLING));
  }
}
