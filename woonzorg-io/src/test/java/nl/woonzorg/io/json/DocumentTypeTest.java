package nl.woonzorg.io.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.List;
import nl.woonzorg.io.Fixtures;
import nl.woonzorg.io.ProblemKind;
import nl.woonzorg.io.ReadLimits;
import nl.woonzorg.io.WireFormatException;
import nl.woonzorg.io.WireProblem;
import nl.woonzorg.model.document.DocumentType;
import nl.woonzorg.model.fixture.GemeenteA;
import nl.woonzorg.model.report.JsonPointer;
import org.junit.jupiter.api.Test;

/**
 * Format 1.1 names each document's type at its root; the type of a document is told from its root
 * alone, whatever lies deeper; and a document read as another type says so first.
 */
class DocumentTypeTest {

  private static byte[] utf8(String json) {
    return json.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void everyWrittenDocumentNamesItsTypeAndIsDetectedByIt() {
    for (Object document : Fixtures.documents()) {
      DocumentType<?> type = Fixtures.typeOf(document);
      byte[] json = JsonWriter.compact().writeBytes(document);
      assertEquals(type, JsonReader.detectType(json), type.name());
      assertEquals(document, JsonReader.strict().read(json, type), type.name());
    }
  }

  @Test
  void aRootWithOnlyVisionPropertiesIsAVisionWithoutADocumentType() {
    // id and title alone fit a goal and every document of the cycle as well; the vision, first
    // of the types, wins, and monitoring is a property of the vision too.
    assertEquals(DocumentType.VISION, JsonReader.detectType(utf8(
        "{\"formatVersion\":\"1.0\",\"id\":\"v\",\"title\":\"t\",\"monitoring\":{}}")));
    assertEquals(DocumentType.MONITOR, JsonReader.detectType(utf8(
        "{\"formatVersion\":\"1.0\",\"id\":\"m\",\"monitoring\":{},\"conclusions\":[]}")));
  }

  @Test
  void nestingDepthAndABreakFurtherOnDoNotChangeTheType() {
    String deep = "[".repeat(100_000) + "]".repeat(100_000);
    String vision = "{\"formatVersion\":\"1.0\",\"id\":\"v\",\"title\":\"t\",\"area\":"
        + "{\"id\":\"a\",\"type\":\"GEMEENTE\",\"name\":\"A\"},\"goals\":" + deep + "}";
    assertEquals(DocumentType.VISION, JsonReader.detectType(utf8(vision)));
    assertEquals(DocumentType.VISION, JsonReader.detectType(utf8(
        "{\"formatVersion\":\"1.0\",\"id\":\"v\",\"goals\":" + "[".repeat(2_000))));
    // Past the reader's depth limit the reader reports the limit (and that a goal is no array),
    // not unknown properties of a wrongly guessed type.
    ReadLimits shallow = ReadLimits.defaults().withMaxNestingDepth(10);
    WireFormatException e = assertThrows(WireFormatException.class, () -> JsonReader.strict()
        .withLimits(shallow).read(utf8(vision), JsonReader.detectType(utf8(vision))));
    assertEquals(List.of(ProblemKind.WRONG_TYPE, ProblemKind.LIMIT),
        e.getProblems().stream().map(WireProblem::kind).distinct().toList());
  }

  @Test
  void aDocumentReadAsAnotherTypeSaysSoFirst() {
    byte[] vision = JsonWriter.compact().writeBytes(GemeenteA.vision());

    WireFormatException e = assertThrows(WireFormatException.class,
        () -> JsonReader.strict().read(vision, DocumentType.GOAL));

    WireProblem first = e.getProblems().get(0);
    assertEquals(ProblemKind.INVALID_VALUE, first.kind());
    assertEquals(JsonPointer.of("documentType"), first.pointer());
    assertEquals("the document is a housing-care-vision, not a goal", first.message());
    assertEquals("documentType \"goal\", or no documentType", first.expected());
  }
}
