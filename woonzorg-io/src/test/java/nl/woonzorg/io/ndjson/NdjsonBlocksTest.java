package nl.woonzorg.io.ndjson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import nl.woonzorg.model.document.DocumentType;
import nl.woonzorg.io.ReadLimits;
import nl.woonzorg.io.ReadResult;
import nl.woonzorg.io.WireFormatException;
import nl.woonzorg.io.WireProblem;
import nl.woonzorg.io.json.JsonReader;
import nl.woonzorg.model.dwelling.Dwelling;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The NDJSON reader reads blocks of lines with one parser and falls back to reading line by line
 * when a block holds a bad line. Whatever the mix of lines, it must hand over the same records and
 * report the same problems, on the same lines, as reading every line on its own does, and name
 * each record's line as that reading counts it: for dwelling records, which are bound straight
 * into the model's builder, and for measurements, which databind binds.
 */
class NdjsonBlocksTest {

  private static final String GOOD =
      "{\"formatVersion\":\"1.0\",\"id\":\"d%d\",\"unitKind\":\"WOO\",\"rooms\":3}";

  /**
   * A document type's clean record, with {@code %d} for its number, and its two kinds of bad line
   * that depend on the type: a clean record with a bad value, and a line the schema allows but the
   * reader refuses.
   */
  private record Records<T>(DocumentType<T> type, String good, UnaryOperator<String> badValue,
      String refused) {}

  static Stream<Records<?>> records() {
    return Stream.of(
        new Records<>(DocumentType.DWELLING, GOOD, good -> good.replace("WOO", "HUT"),
            "{\"formatVersion\":\"1.0\",\"id\":\"x\",\"unitKind\":\"WOO\","
                + "\"municipalityCode\":\"GM0001\",\"districtCode\":\"WK000201\"}"),
        new Records<>(DocumentType.MEASUREMENT, "{\"formatVersion\":\"1.0\",\"indicatorId\":"
            + "\"i%d\",\"referenceDate\":\"2025-01-01\",\"value\":12.5}",
            good -> good.replace("2025-01-01", "2025-02-30"),
            "{\"formatVersion\":\"1.0\",\"indicatorId\":\"x\",\"referenceDate\":\"2025-01-01\","
                + "\"value\":1" + "0".repeat(2_000) + "}"));
  }

  /** Lines of every kind the reader must tell apart; 14 and above a clean record. */
  private static List<String> line(Records<?> of, int kind, int n) {
    String good = of.good().formatted(n);
    return switch (kind) {
      case 0 -> List.of("");
      case 1 -> List.of(" \t ");
      case 2 -> List.of(of.badValue().apply(good));
      case 3 -> List.of(good + good);
      case 4 -> List.of(good + " x");
      case 5 -> List.of("{\"formatVersion\"");
      case 6 -> List.of(good + "\r" + good);
      case 7 -> {
        int split = good.indexOf(',') + 1;
        yield List.of(good.substring(0, split), good.substring(split));
      }
      case 8 -> List.of("42");
      case 9 -> List.of(good + "\r");
      case 10 -> List.of(of.refused());
      case 11 -> List.of("  " + good + "  ");
      case 12 -> List.of("\uFEFF" + good);
      case 13 -> List.of(" \r\r");
      default -> List.of(good);
    };
  }

  @ParameterizedTest
  @MethodSource("records")
  void blocksReadAsLineByLineWhateverTheMixOfLines(Records<?> of) {
    assertReadAsLineByLine(of);
  }

  private static <T> void assertReadAsLineByLine(Records<T> of) {
    // Up to 3,000 clean records (over 3 blocks) with up to 6 special lines put among them: each
    // special is a kind (value % 14) and the record it goes before (value / 14).
    qt().withExamples(80)
        .forAll(integers().between(0, 3_000),
            lists().of(integers().between(0, 14 * 3_001 - 1)).ofSizeBetween(0, 6))
        .checkAssert((clean, specials) -> assertReadAsLineByLine(of, lines(of, clean, specials),
            NdjsonReader.of(of.type()), Ending.NEWLINE));
  }

  /**
   * Blocks of any size, read on one thread or more, hand over the same records and problems in
   * the same order as reading every line on its own: block boundaries fall before, inside and
   * after every kind of line, and several blocks are read at once; lines end in {@code \n} or
   * {@code \r\n}, and the last one perhaps in nothing.
   */
  @ParameterizedTest
  @MethodSource("records")
  void blocksOfAnySizeOnAnyNumberOfThreadsReadAsLineByLine(Records<?> of) {
    assertReadInParallelAsLineByLine(of);
  }

  private static <T> void assertReadInParallelAsLineByLine(Records<T> of) {
    qt().withExamples(40)
        .forAll(integers().between(0, 600),
            lists().of(integers().between(0, 14 * 601 - 1)).ofSizeBetween(0, 8),
            integers().between(1, 4_000), integers().between(1, 4 * Ending.values().length))
        .checkAssert((clean, specials, blockBytes, threadsAndEnding) -> assertReadAsLineByLine(
            of, lines(of, clean, specials), NdjsonReader.of(of.type()).withBlockBytes(blockBytes)
                .threads(1 + (threadsAndEnding - 1) % 4),
            Ending.values()[(threadsAndEnding - 1) / 4]));
  }

  /** How the lines of a stream end. */
  private enum Ending {
    /** In {@code \n}, the last one too. */
    NEWLINE,
    /** In {@code \r\n}, the last one too. */
    CRLF,
    /** In {@code \n}, but for the last, which ends with the stream (unless it is empty). */
    OPEN
  }

  private static List<String> lines(Records<?> of, int clean, List<Integer> specials) {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i <= clean; i++) {
      for (int special : specials) {
        if (special / 14 == i) {
          lines.addAll(line(of, special % 14, i));
        }
      }
      if (i < clean) {
        lines.addAll(line(of, 14, i));
      }
    }
    return lines;
  }

  private static <T> void assertReadAsLineByLine(Records<T> of, List<String> lines,
      NdjsonReader<T> reader, Ending ending) {
    String end = ending == Ending.CRLF ? "\r\n" : "\n";
    boolean open = ending == Ending.OPEN && !lines.isEmpty() && !lines.get(lines.size() - 1)
        .isEmpty();
    byte[] ndjson = (String.join(end, lines) + (lines.isEmpty() || open ? "" : end))
        .getBytes(StandardCharsets.UTF_8);
    // A line that ends in \r\n is read as the line with a \r at its end.
    Oracle<T> expected = new Oracle<>(of.type(), ending == Ending.CRLF
        ? lines.stream().map(line -> line + "\r").toList() : lines);

    List<T> records = new ArrayList<>();
    List<WireProblem> problems = new ArrayList<>();
    NdjsonSummary summary = reader
        .continueOnError(problems::add)
        .read(new ByteArrayInputStream(ndjson), records::add);

    assertEquals(expected.records, records);
    assertEquals(expected.problems, problems);
    assertEquals(new NdjsonSummary(lines.size(), expected.records.size(),
        expected.badLines), summary);

    List<T> numbered = new ArrayList<>();
    List<Long> recordLines = new ArrayList<>();
    assertEquals(summary, reader.continueOnError(problem -> { })
        .readWithLines(new ByteArrayInputStream(ndjson), (record, line) -> {
          numbered.add(record);
          recordLines.add(line);
        }));
    assertEquals(expected.records, numbered);
    assertEquals(expected.recordLines, recordLines);

    List<T> untilBad = new ArrayList<>();
    if (expected.firstBad.isEmpty()) {
      reader.read(new ByteArrayInputStream(ndjson), untilBad::add);
    } else {
      WireFormatException e = assertThrows(WireFormatException.class,
          () -> reader.read(new ByteArrayInputStream(ndjson), untilBad::add));
      assertEquals(expected.firstBad, e.getProblems());
    }
    assertEquals(expected.recordsBeforeFirstBad, untilBad);
  }

  /**
   * However many records there are, the reader holds a bounded number of blocks, on any number of
   * threads: when a record is handed over, the stream has been read no further than the {@code 2 ×
   * threads + 1} blocks held then (its own, the newest just handed to a thread, those between)
   * and the start of a line in the next; on one thread, than its own block and that start.
   */
  @Test
  void theStreamIsReadAtMostTwoBlocksPerThreadAheadOfTheRecordHandedOver() {
    int blockBytes = 1_024;
    List<Integer> ends = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 3_000; i++) {
      text.append(GOOD.formatted(i)).append('\n');
      ends.add(text.length());
    }
    byte[] ndjson = text.toString().getBytes(StandardCharsets.UTF_8);
    for (int threads = 1; threads <= 4; threads++) {
      ReadSoFar in = new ReadSoFar(ndjson);
      List<String> ids = new ArrayList<>();
      int[] ahead = new int[1];

      NdjsonSummary summary = NdjsonReader.of(DocumentType.DWELLING).withBlockBytes(blockBytes)
          .threads(threads).read(in, record -> {
            int start = ids.isEmpty() ? 0 : ends.get(ids.size() - 1);
            ahead[0] = Math.max(ahead[0], in.bytesRead() - start);
            ids.add(record.getId());
          });

      assertEquals(new NdjsonSummary(3_000, 3_000, 0), summary);
      assertEquals(IntStream.range(0, 3_000).mapToObj(i -> "d" + i).toList(), ids);
      int blocks = threads == 1 ? 1 : 2 * threads + 1;
      assertTrue(ahead[0] < (blocks + 1) * blockBytes,
          threads + " threads read " + ahead[0] + " bytes ahead");
    }
  }

  /** A stream of bytes that tells how many of them were read. */
  private static final class ReadSoFar extends ByteArrayInputStream {
    ReadSoFar(byte[] bytes) {
      super(bytes);
    }

    int bytesRead() {
      return pos;
    }
  }

  @Test
  void aFileInUtf16IsReportedLineByLineAndNothingIsRead() {
    for (Charset utf16 : List.of(StandardCharsets.UTF_16BE,
        StandardCharsets.UTF_16LE, StandardCharsets.UTF_16)) {
      StringBuilder text = new StringBuilder();
      for (int i = 0; i < 50; i++) {
        text.append(GOOD.formatted(i)).append('\n');
      }
      List<Dwelling> records = new ArrayList<>();
      List<WireProblem> problems = new ArrayList<>();

      NdjsonSummary summary = NdjsonReader.of(DocumentType.DWELLING)
          .continueOnError(problems::add)
          .read(new ByteArrayInputStream(text.toString().getBytes(utf16)), records::add);

      assertEquals(List.of(), records, utf16.name());
      assertEquals(0, summary.records(), utf16.name());
      assertEquals(summary.lines(), summary.badLines(), utf16.name());
    }
  }

  /** What reading each line on its own gives. */
  private static final class Oracle<T> {
    final List<T> records = new ArrayList<>();
    /** The line of each record, from 1. */
    final List<Long> recordLines = new ArrayList<>();
    final List<WireProblem> problems = new ArrayList<>();
    List<WireProblem> firstBad = List.of();
    List<T> recordsBeforeFirstBad = null;
    long badLines;

    Oracle(DocumentType<T> type, List<String> lines) {
      JsonReader reader = JsonReader.strict().withLimits(ReadLimits.records());
      for (int i = 0; i < lines.size(); i++) {
        String line = lines.get(i);
        line = line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
        if (line.chars().allMatch(c -> c == ' ' || c == '\t')) {
          continue;
        }
        ReadResult<T> result = reader.readResult(line, type);
        if (result.isClean()) {
          records.add(result.value().orElseThrow());
          recordLines.add(i + 1L);
          continue;
        }
        int number = i + 1;
        List<WireProblem> located =
            result.problems().stream().map(p -> p.atLine(number)).toList();
        if (badLines++ == 0) {
          firstBad = located;
          recordsBeforeFirstBad = List.copyOf(records);
        }
        problems.addAll(located);
      }
      if (recordsBeforeFirstBad == null) {
        recordsBeforeFirstBad = List.copyOf(records);
      }
    }
  }
}
