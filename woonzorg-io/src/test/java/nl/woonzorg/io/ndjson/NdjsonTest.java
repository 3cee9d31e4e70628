package nl.woonzorg.io.ndjson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import nl.woonzorg.model.document.DocumentType;
import nl.woonzorg.io.Fixtures;
import nl.woonzorg.io.ProblemKind;
import nl.woonzorg.io.ReadLimits;
import nl.woonzorg.io.WireFormatException;
import nl.woonzorg.io.WireProblem;
import nl.woonzorg.model.agreement.PerformanceAgreement;
import nl.woonzorg.model.dwelling.Dwelling;
import nl.woonzorg.model.fixture.GemeenteA;
import nl.woonzorg.model.report.JsonPointer;
import nl.woonzorg.model.report.SourcePosition;
import nl.woonzorg.model.vera.UnitKind;
import org.junit.jupiter.api.Test;

/** Records one per line, problems located by line, and reading past bad lines on request. */
class NdjsonTest {

  static final String GOOD = "{\"formatVersion\":\"1.0\",\"id\":\"%s\",\"unitKind\":\"WOO\"}";

  private static ByteArrayInputStream lines(String... lines) {
    return new ByteArrayInputStream(String.join("\n", lines).getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void recordsRoundTripOnePerLine() throws IOException {
    List<PerformanceAgreement> agreements = GemeenteA.vision().getAgreements();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (NdjsonWriter<PerformanceAgreement> writer =
        NdjsonWriter.of(DocumentType.AGREEMENT, out)) {
      agreements.forEach(writer::write);
      assertEquals(agreements.size(), writer.count());
    }
    List<PerformanceAgreement> read = new ArrayList<>();

    NdjsonSummary summary = NdjsonReader.of(DocumentType.AGREEMENT)
        .read(new ByteArrayInputStream(out.toByteArray()), read::add);

    assertEquals(agreements, read);
    assertEquals(new NdjsonSummary(agreements.size(), agreements.size(), 0), summary);
    assertEquals(agreements.size(), out.toString(StandardCharsets.UTF_8).split("\n").length);
  }

  @Test
  void theFirstBadLineEndsReadingWithItsLineNumber() {
    List<Dwelling> read = new ArrayList<>();

    WireFormatException e = assertThrows(WireFormatException.class, () -> NdjsonReader
        .of(DocumentType.DWELLING)
        .read(lines(GOOD.formatted("d1"), GOOD.formatted("d2").replace("WOO", "HUT"),
            GOOD.formatted("d3")), read::add));

    assertEquals(List.of(Dwelling.of("d1", UnitKind.WOONRUIMTE)), read);
    assertEquals(List.of(WireProblem.of(ProblemKind.UNKNOWN_CODE, JsonPointer.of("unitKind"),
        SourcePosition.of(2, 45), "unknown code \"HUT\" in code list UnitKind",
        "one of BED, INT, MOG, OVE, PAR, REC, WOO", "\"HUT\"")), e.getProblems());
  }

  @Test
  void continuingOnErrorReportsBadLinesAndGoesOn() {
    List<Dwelling> read = new ArrayList<>();
    List<WireProblem> problems = new ArrayList<>();

    NdjsonSummary summary = NdjsonReader.of(DocumentType.DWELLING).continueOnError(problems::add)
        .read(lines(GOOD.formatted("d1"), "{\"formatVersion\":\"1.0\",\"id\":\"d2\"", "",
            GOOD.formatted("d3") + "\r", "not json", GOOD.formatted("d5")), read::add);

    assertEquals(List.of(Dwelling.of("d1", UnitKind.WOONRUIMTE),
        Dwelling.of("d3", UnitKind.WOONRUIMTE), Dwelling.of("d5", UnitKind.WOONRUIMTE)), read);
    assertEquals(new NdjsonSummary(6, 3, 2), summary);
    assertEquals(List.of(2, 5), problems.stream()
        .map(p -> p.position().orElseThrow().getLine()).toList());
    assertEquals(List.of(ProblemKind.SYNTAX, ProblemKind.SYNTAX),
        problems.stream().map(WireProblem::kind).toList());
  }

  @Test
  void aLineLongerThanTheLimitIsABadLineThatIsNotHeld() {
    List<WireProblem> problems = new ArrayList<>();
    List<Dwelling> read = new ArrayList<>();

    NdjsonSummary summary = NdjsonReader.of(DocumentType.DWELLING)
        .withLimits(ReadLimits.records().withMaxDocumentLength(100))
        .continueOnError(problems::add)
        .read(lines(GOOD.formatted("x".repeat(200)), GOOD.formatted("d2")), read::add);

    assertEquals(new NdjsonSummary(2, 1, 1), summary);
    assertEquals(List.of(WireProblem.of(ProblemKind.LIMIT, JsonPointer.root(),
        SourcePosition.of(1, 1), "the line is longer than 100 bytes",
        "a line of at most 100 bytes", null)), problems);
  }

  @Test
  void aLineOfMoreThanABlockIsReadWhenTheLengthHasNoLimit() {
    // Long.MAX_VALUE once wrapped round when the line end's byte was added to it, and every line
    // longer than a block became "too long".
    String wide = GOOD.formatted("d1").replace(",", "," + " ".repeat(100_000));
    for (int threads = 1; threads <= 2; threads++) {
      List<Dwelling> read = new ArrayList<>();

      NdjsonSummary summary = NdjsonReader.of(DocumentType.DWELLING)
          .withLimits(ReadLimits.records().withMaxDocumentLength(Long.MAX_VALUE))
          .threads(threads)
          .read(lines(wide, GOOD.formatted("d2")), read::add);

      assertEquals(new NdjsonSummary(2, 2, 0), summary);
      assertEquals(List.of("d1", "d2"), read.stream().map(Dwelling::getId).toList());
    }
  }

  @Test
  void eachRecordIsHandedOverWithTheLineAProblemOfItWouldName() {
    // Counted: a blank line, one of spaces and a tab, a \r\n, a bad line and one over the limit;
    // after the last line end there is no line.
    byte[] ndjson = ("\n" + GOOD.formatted("d2") + "\n \t\n" + GOOD.formatted("d4") + "\r\n"
        + "not json\n" + GOOD.formatted("x".repeat(200)) + "\n" + GOOD.formatted("d7") + "\n")
        .getBytes(StandardCharsets.UTF_8);
    // Block boundaries inside every line, and blocks read on several threads at once.
    for (int threads = 1; threads <= 3; threads++) {
      for (int blockBytes : List.of(1, 60, 1 << 16)) {
        List<String> read = new ArrayList<>();
        List<WireProblem> problems = new ArrayList<>();

        NdjsonSummary summary = NdjsonReader.of(DocumentType.DWELLING)
            .withLimits(ReadLimits.records().withMaxDocumentLength(100))
            .withBlockBytes(blockBytes).threads(threads)
            .continueOnError(problems::add)
            .readWithLines(new ByteArrayInputStream(ndjson), Dwelling::getId,
                (id, line) -> read.add(id + " on line " + line));

        String where = threads + " threads, blocks of " + blockBytes + " bytes";
        assertEquals(List.of("d2 on line 2", "d4 on line 4", "d7 on line 7"), read, where);
        assertEquals(List.of(5, 6), problems.stream()
            .map(p -> p.position().orElseThrow().getLine()).toList(), where);
        assertEquals(new NdjsonSummary(7, 3, 2), summary, where);
      }
    }
  }

  @Test
  void theRecordsBeforeTheFirstBadLineAndOnALastLineWithoutLineEndHaveTheirLines() {
    List<Long> lines = new ArrayList<>();

    assertThrows(WireFormatException.class, () -> NdjsonReader.of(DocumentType.DWELLING)
        .readWithLines(lines("", GOOD.formatted("d2"), "", "{", GOOD.formatted("d5")),
            (dwelling, line) -> lines.add(line)));
    NdjsonReader.of(DocumentType.DWELLING).readWithLines(
        lines(GOOD.formatted("d1"), " ", GOOD.formatted("d3") + "\r"),
        (dwelling, line) -> lines.add(line));

    assertEquals(List.of(2L, 1L, 3L), lines);
  }

  @Test
  void onlyRecordsOfTheWritersTypeAreWritten() {
    NdjsonWriter<Dwelling> writer = NdjsonWriter.of(DocumentType.DWELLING, new ByteArrayOutputStream());
    @SuppressWarnings({"unchecked", "rawtypes"})
    NdjsonWriter<Object> raw = (NdjsonWriter) writer;

    assertThrows(IllegalArgumentException.class, () -> raw.write(Fixtures.smallShare()));
  }
}
