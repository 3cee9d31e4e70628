package nl.woonzorg.io.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.woonzorg.io.ProblemKind;
import nl.woonzorg.io.ReadLimits;
import nl.woonzorg.io.ReadResult;
import nl.woonzorg.io.WireFormatException;
import nl.woonzorg.io.WireProblem;
import nl.woonzorg.model.document.DocumentType;
import nl.woonzorg.model.monitoring.Measurement;
import nl.woonzorg.model.report.JsonPointer;
import nl.woonzorg.model.report.SourcePosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every class of ill-formed UTF-8 of Unicode's Table 3-7 is refused with the byte where it starts,
 * the bytes found and what was expected; the well-formed sequences at the edges of each range
 * read as the characters they encode.
 */
class IllFormedUtf8Test {

  /**
   * A measurement whose source starts on line 2 with {@code ab}: the bytes after it are at byte
   * offset 93, line 2, column 23.
   */
  private static final String START = "{\"formatVersion\":\"1.0\",\"indicatorId\":\"i\","
      + "\"referenceDate\":\"2024-01-01\",\n\"value\":1,\"source\":\"ab";
  private static final HexFormat HEX = HexFormat.ofDelimiter(" ");

  private static byte[] document(String hex, String end) {
    return bytes(START, hex, end);
  }

  /** The UTF-8 of {@code start}, the bytes {@code hex} spells, the UTF-8 of {@code end}. */
  private static byte[] bytes(String start, String hex, String end) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(start.getBytes(StandardCharsets.UTF_8));
    out.writeBytes(HEX.parseHex(hex));
    out.writeBytes(end.getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }

  private static WireProblem refused(byte[] json) {
    List<WireProblem> problems = assertThrows(WireFormatException.class,
        () -> JsonReader.strict().read(json, DocumentType.MEASUREMENT)).getProblems();
    assertEquals(1, problems.size(), problems.toString());
    return problems.get(0);
  }

  private static WireProblem encoding(int offset, int line, int column, String found,
      String reason, String expected) {
    return WireProblem.of(ProblemKind.ENCODING, JsonPointer.root(),
        SourcePosition.of(line, column),
        "ill-formed UTF-8 at byte offset " + offset + ": " + found + " " + reason, expected,
        found);
  }

  /** What the message says of each class, by a short name for the table below. */
  private static final Map<String, String> REASONS = Map.of(
      "C0 C1", "starts an overlong encoding: C0 and C1 never occur in UTF-8",
      "F5-FF", "would start a code point beyond U+10FFFF: F5–FF never occur in UTF-8",
      "lone", "is a continuation byte without a lead byte",
      "overlong", "starts an overlong encoding",
      "surrogate", "starts a surrogate code point, U+D800–U+DFFF",
      "beyond", "starts a code point beyond U+10FFFF",
      "cut", "is a sequence cut short");

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      # bytes (then a quote) | offset | column | found | class | expected
      C0 AF | 93 | 23 | C0 | C0 C1 | a byte 00–7F or a lead byte C2–F4
      C1 BF | 93 | 23 | C1 | C0 C1 | a byte 00–7F or a lead byte C2–F4
      E0 80 AF | 93 | 23 | E0 80 | overlong | a byte A0–BF after E0
      E0 9F BF | 93 | 23 | E0 9F | overlong | a byte A0–BF after E0
      F0 8F BF BF | 93 | 23 | F0 8F | overlong | a byte 90–BF after F0
      ED A0 80 | 93 | 23 | ED A0 | surrogate | a byte 80–9F after ED
      ED BF BF | 93 | 23 | ED BF | surrogate | a byte 80–9F after ED
      F4 90 80 80 | 93 | 23 | F4 90 | beyond | a byte 80–8F after F4
      F5 80 80 80 | 93 | 23 | F5 | F5-FF | a byte 00–7F or a lead byte C2–F4
      FF | 93 | 23 | FF | F5-FF | a byte 00–7F or a lead byte C2–F4
      80 | 93 | 23 | 80 | lone | a byte 00–7F or a lead byte C2–F4
      C3 A9 A9 | 95 | 25 | A9 | lone | a byte 00–7F or a lead byte C2–F4
      F0 9F 98 80 BF | 97 | 27 | BF | lone | a byte 00–7F or a lead byte C2–F4
      C3 | 93 | 23 | C3 22 | cut | a byte 80–BF after C3
      E2 82 | 93 | 23 | E2 82 22 | cut | a byte 80–BF after E2 82
      F0 9F 98 | 93 | 23 | F0 9F 98 22 | cut | a byte 80–BF after F0 9F 98
      """)
  void anIllFormedSequenceIsRefusedAtItsFirstByte(String bytes, int offset, int column,
      String found, String kind, String expected) {
    byte[] json = document(bytes, "\"}");
    WireProblem problem = encoding(offset, 2, column, found, REASONS.get(kind), expected);

    assertEquals(problem, refused(json));
    assertEquals(problem, assertThrows(WireFormatException.class, () -> JsonReader.lenient()
        .read(new ByteArrayInputStream(json), DocumentType.MEASUREMENT)).getProblems().get(0));
  }

  @Test
  void aStreamLongerThanTheLimitIsCheckedAsItStreams() {
    // Longer than the limit, so not held whole: the bytes are checked on their way to Jackson,
    // which would have read C0 AF as "/", and are refused before the limit is reached.
    byte[] json = document("C0 AF", "x".repeat(200) + "\"}");
    JsonReader reader = JsonReader.strict()
        .withLimits(ReadLimits.defaults().withMaxDocumentLength(json.length - 1));

    assertEquals(List.of(encoding(93, 2, 23, "C0",
            "starts an overlong encoding: C0 and C1 never occur in UTF-8",
            "a byte 00–7F or a lead byte C2–F4")),
        reader.readResult(new ByteArrayInputStream(json), DocumentType.MEASUREMENT).problems());
  }

  @Test
  void aSequenceCutShortByTheEndOfTheDocumentIsRefused() {
    assertEquals(encoding(93, 2, 23, "E2 82", "is a sequence cut short by the end of the document",
        "a byte 80–BF after E2 82"), refused(document("E2 82", "")));
    assertEquals(encoding(93, 2, 23, "F4", "is a sequence cut short by the end of the document",
        "a byte 80–8F after F4"), refused(document("F4", "")));
  }

  @Test
  void linesEndAtCarriageReturnsAsTheParserEndsThemAndColumnsCountBytes() {
    byte[] json = bytes("{\r\n\"x\":\r\"\u00e9\u00e9\u00e9\u00e9\u00e9", "C0", "\"}");

    assertEquals(encoding(19, 3, 12, "C0",
        "starts an overlong encoding: C0 and C1 never occur in UTF-8",
        "a byte 00–7F or a lead byte C2–F4"), refused(json));
  }

  @ParameterizedTest(name = "U+{0}")
  @CsvSource(delimiter = '|', textBlock = """
      0080   | C2 80
      07FF   | DF BF
      0800   | E0 A0 80
      D7FF   | ED 9F BF
      E000   | EE 80 80
      FFFD   | EF BF BD
      FFFF   | EF BF BF
      10000  | F0 90 80 80
      10FFFF | F4 8F BF BF
      1F600  | F0 9F 98 80
      """)
  void theEdgesOfEachRangeAreWellFormed(String codePoint, String bytes) {
    String name = "U+" + codePoint;
    String character = Character.toString(Integer.parseInt(codePoint, 16));
    ReadResult<Measurement> read =
        JsonReader.strict().readResult(document(bytes, "\"}"), DocumentType.MEASUREMENT);

    assertEquals(List.of(), read.problems(), name);
    Measurement measurement = read.value().orElseThrow();
    assertEquals(Optional.of("ab" + character), measurement.getSource(), name);
    assertEquals(measurement, JsonReader.strict().read(
        JsonWriter.compact().writeBytes(measurement), DocumentType.MEASUREMENT), name);
  }
}
