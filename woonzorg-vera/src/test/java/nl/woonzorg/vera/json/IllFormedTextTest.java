package nl.woonzorg.vera.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.woonzorg.io.ProblemKind;
import nl.woonzorg.io.WireFormatException;
import nl.woonzorg.io.WireProblem;
import nl.woonzorg.model.report.SourcePosition;
import org.junit.jupiter.api.Test;

/**
 * The VERA reader refuses ill-formed text as woonzorg's readers do: Jackson read the overlong
 * {@code C0 AF} as {@code /}, strictly and without a word, and the writer wrote {@code /} back
 * (found by VeraReaderFuzzTest's first run). Now it is {@code WZ-IO-ENCODING} at its byte offset,
 * in a document and in an NDJSON line, and an unpaired surrogate in a String at its char offset.
 */
class IllFormedTextTest {

  private static final String OVERLONG = "ill-formed UTF-8 at byte offset %d: C0 starts an"
      + " overlong encoding: C0 and C1 never occur in UTF-8";

  private static byte[] bytes(String start, String hex, String end) {
    return (start + new String(HexFormat.of().parseHex(hex), StandardCharsets.ISO_8859_1) + end)
        .getBytes(StandardCharsets.ISO_8859_1);
  }

  private static void assertProblem(int offset, SourcePosition position, WireProblem problem) {
    assertEquals(ProblemKind.ENCODING, problem.kind());
    assertEquals(Optional.of(position), problem.position());
    assertEquals(String.format(OVERLONG, offset), problem.message(Locale.ENGLISH));
  }

  @Test
  void anOverlongSequenceInADocumentIsRefusedStrictlyAndLeniently() {
    byte[] json = bytes("{\"id\":\"E-", "C0AF", "\",\"bouwjaar\":1998}");
    for (VeraReader reader : List.of(VeraReader.strict(), VeraReader.lenient())) {
      List<WireProblem> problems =
          assertThrows(WireFormatException.class, () -> reader.read(json)).getProblems();
      assertEquals(1, problems.size(), problems::toString);
      assertProblem(9, SourcePosition.of(1, 10), problems.get(0));
      assertEquals(problems, assertThrows(WireFormatException.class,
          () -> reader.read(new ByteArrayInputStream(json))).getProblems());
    }
  }

  @Test
  void anOverlongSequenceInAnNdjsonLineSkipsTheLineWithItsOffsetInTheStream() {
    byte[] ndjson = bytes("{\"id\":\"E-1\"}\n{\"id\":\"E-", "C0AF", "\"}\n{\"id\":\"E-3\"}\n");
    List<WireProblem> problems = new ArrayList<>();
    List<String> ids = VeraReader.lenient().withProblemHandler(problems::add)
        .readNdjson(new ByteArrayInputStream(ndjson)).map(unit -> unit.getId().orElseThrow())
        .toList();

    assertEquals(List.of("E-1", "E-3"), ids);
    assertEquals(1, problems.size(), problems::toString);
    assertProblem(22, SourcePosition.of(2, 10), problems.get(0));
  }

  /**
   * NUL bytes among the first four make Jackson guess UTF-16 or UTF-32, or throw "Unsupported
   * UCS-4 endianness" (found by the fuzz targets): refused first, as woonzorg's readers refuse
   * them, for a document and for a line.
   */
  @Test
  void nulBytesAtTheStartAreRefusedAsAnotherEncodingNotLeftToJackson() {
    byte[] json = {0, '2', 0, 0, 0, 0, '1', '"'};
    WireProblem problem = assertThrows(WireFormatException.class,
        () -> VeraReader.lenient().read(json)).getProblems().get(0);
    assertEquals(ProblemKind.ENCODING, problem.kind());
    assertEquals(Optional.of(SourcePosition.of(1, 1)), problem.position());

    List<WireProblem> problems = new ArrayList<>();
    List<String> ids = VeraReader.lenient().withProblemHandler(problems::add)
        .readNdjson(new ByteArrayInputStream(bytes("{\"id\":\"E-1\"}\n", "0000", "2C\n")))
        .map(unit -> unit.getId().orElseThrow()).toList();
    assertEquals(List.of("E-1"), ids);
    assertEquals(1, problems.size(), problems::toString);
    assertEquals(ProblemKind.ENCODING, problems.get(0).kind());
    assertEquals(Optional.of(SourcePosition.of(2, 1)), problems.get(0).position());
  }

  @Test
  void anUnpairedSurrogateInAStringIsRefusedAtItsCharOffset() {
    WireProblem problem = VeraReader.lenient().readResult("{\"id\":\"E-\uD800\"}").problems()
        .get(0);
    assertEquals(ProblemKind.ENCODING, problem.kind());
    assertEquals(Optional.of(SourcePosition.of(1, 10)), problem.position());
    assertEquals("ill-formed UTF-16 at char offset 9: U+D800 is a high surrogate without a low"
        + " one after it", problem.message(Locale.ENGLISH));
  }
}
