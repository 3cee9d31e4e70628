package nl.woonzorg.io.ndjson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import nl.woonzorg.io.ProblemKind;
import nl.woonzorg.io.WireFormatException;
import nl.woonzorg.io.WireProblem;
import nl.woonzorg.model.document.DocumentType;
import nl.woonzorg.model.dwelling.Dwelling;
import nl.woonzorg.model.report.JsonPointer;
import nl.woonzorg.model.report.SourcePosition;
import nl.woonzorg.model.vera.UnitKind;
import org.junit.jupiter.api.Test;

/**
 * Ill-formed UTF-8 makes a bad line, placed by the line's number, the column within it and the
 * byte offset in the stream, whether the line was read in a block or alone.
 */
class NdjsonEncodingTest {

  private static final String GOOD = NdjsonTest.GOOD;

  /**
   * The bytes of {@code lines} joined by line feeds, each char one byte (the char U+00C0 is the
   * byte C0), so that a line can hold ill-formed UTF-8.
   */
  private static ByteArrayInputStream bytes(String... lines) {
    return new ByteArrayInputStream(
        String.join("\n", lines).getBytes(StandardCharsets.ISO_8859_1));
  }

  /** An overlong slash in the id of line 2, at its column 31 and the stream's byte 51 + 30. */
  private static final WireProblem OVERLONG_ON_LINE_2 = WireProblem.of(ProblemKind.ENCODING,
      JsonPointer.root(), SourcePosition.of(2, 31), "ill-formed UTF-8 at byte offset 81: C0"
          + " starts an overlong encoding: C0 and C1 never occur in UTF-8",
      "a byte 00–7F or a lead byte C2–F4", "C0");

  private static ByteArrayInputStream overlongOnLine2() {
    return bytes(GOOD.formatted("d1"), GOOD.formatted("d\u00C0\u00AF2"), GOOD.formatted("d3"));
  }

  @Test
  void theFirstIllFormedLineEndsReading() {
    List<Dwelling> read = new ArrayList<>();

    WireFormatException e = assertThrows(WireFormatException.class,
        () -> NdjsonReader.of(DocumentType.DWELLING).read(overlongOnLine2(), read::add));

    assertEquals(List.of(OVERLONG_ON_LINE_2), e.getProblems());
    assertEquals(List.of(Dwelling.of("d1", UnitKind.WOONRUIMTE)), read);
  }

  @Test
  void continuingOnErrorReportsTheIllFormedLineAndGoesOn() {
    List<Dwelling> read = new ArrayList<>();
    List<WireProblem> problems = new ArrayList<>();

    NdjsonSummary summary = NdjsonReader.of(DocumentType.DWELLING)
        .continueOnError(problems::add).read(overlongOnLine2(), read::add);

    assertEquals(List.of(OVERLONG_ON_LINE_2), problems);
    assertEquals(List.of(Dwelling.of("d1", UnitKind.WOONRUIMTE),
        Dwelling.of("d3", UnitKind.WOONRUIMTE)), read);
    assertEquals(new NdjsonSummary(3, 2, 1), summary);
  }

  @Test
  void aLineReadAloneIsPlacedInTheStreamAcrossCarriageReturnsAndBuffers() {
    // Longer than a block and than the stream buffer, so read alone from two reads of the stream.
    String spaces = " ".repeat(70_000);
    List<WireProblem> problems = new ArrayList<>();

    NdjsonSummary summary = NdjsonReader.of(DocumentType.DWELLING)
        .continueOnError(problems::add)
        .read(bytes(GOOD.formatted("d1") + "\r", "{\"formatVersion\":\"1.0\"," + spaces
            + "\"id\":\"d\u00ED\u00A0\u00802\",\"unitKind\":\"WOO\"}\r",
            GOOD.formatted("d3")), record -> { });

    // The surrogate is at index 23 + 70,000 + 7 of line 2, which starts after 50 bytes and \r\n.
    assertEquals(List.of(WireProblem.of(ProblemKind.ENCODING, JsonPointer.root(),
        SourcePosition.of(2, 70_031), "ill-formed UTF-8 at byte offset " + (52 + 70_030)
            + ": ED A0 starts a surrogate code point, U+D800–U+DFFF", "a byte 80–9F after ED",
        "ED A0")), problems);
    assertEquals(new NdjsonSummary(3, 2, 1), summary);
  }

  @Test
  void wellFormedCharactersOfEveryLengthAreRead() {
    List<String> ids = List.of("d\u0080", "d\u07FF", "d\u0800", "d\uFFFD", "d\uFFFF",
        "d\uD800\uDC00", "d\uDBFF\uDFFF", "d\uD83D\uDE00");
    List<Dwelling> read = new ArrayList<>();

    NdjsonSummary summary = NdjsonReader.of(DocumentType.DWELLING).read(
        new ByteArrayInputStream(String.join("\n", ids.stream().map(GOOD::formatted).toList())
            .getBytes(StandardCharsets.UTF_8)), read::add);

    assertEquals(ids.stream().map(id -> Dwelling.of(id, UnitKind.WOONRUIMTE)).toList(), read);
    assertEquals(new NdjsonSummary(ids.size(), ids.size(), 0), summary);
  }
}
