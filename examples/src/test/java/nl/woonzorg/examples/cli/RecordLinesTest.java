package nl.woonzorg.examples.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import nl.woonzorg.io.WireFormatException;
import nl.woonzorg.io.ndjson.NdjsonReader;
import nl.woonzorg.model.document.DocumentType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link RecordLines} numbers a record's line as io's {@code NdjsonReader} numbers the line of a
 * problem: each record is made bad in turn, and the line the reader names for it is the line
 * RecordLines gives the good record.
 */
class RecordLinesTest {

  private static final String RECORD =
      "{\"formatVersion\":\"1.0\",\"id\":\"x\",\"unitKind\":\"WOO\"}";
  /** What the reader skips as blank, and line ends. */
  private static final List<String> BLANK = List.of("", " ", "\t", "\r", " \t\r", "  ");

  @TempDir
  Path temp;

  @Test
  void eachRecordIsOnTheLineTheReaderNamesForAProblemOfIt() throws IOException {
    Random random = new Random(17);
    for (int file = 0; file < 60; file++) {
      List<String> lines = new ArrayList<>();
      List<Integer> records = new ArrayList<>();
      for (int line = 0, count = 1 + random.nextInt(12); line < count; line++) {
        if (random.nextInt(3) == 0) {
          lines.add(BLANK.get(random.nextInt(BLANK.size())));
        } else {
          records.add(lines.size());
          lines.add(RECORD + (random.nextBoolean() ? "\r" : ""));
        }
      }
      // With or without a line end after the last line.
      String end = random.nextBoolean() ? "\n" : "";
      Path stock = Files.writeString(temp.resolve("stock-" + file + ".ndjson"),
          String.join("\n", lines) + end, StandardCharsets.UTF_8);

      long[] expected = new long[records.size()];
      for (int i = 0; i < records.size(); i++) {
        List<String> bad = new ArrayList<>(lines);
        bad.set(records.get(i), "{");
        expected[i] = badLine(String.join("\n", bad) + end);
      }
      long[] numbers = LongStream.rangeClosed(1, records.size()).toArray();
      assertArrayEquals(expected, RecordLines.of(stock, numbers), String.join("|", lines));
    }
  }

  @Test
  void aRecordTheFileDoesNotHoldHasLineZeroAndNoneAskedReadsNothing() throws IOException {
    Path stock = Files.writeString(temp.resolve("stock.ndjson"), "\n" + RECORD + "\n",
        StandardCharsets.UTF_8);
    assertArrayEquals(new long[] {2, 0}, RecordLines.of(stock, new long[] {1, 2}));
    assertArrayEquals(new long[0], RecordLines.of(temp.resolve("absent.ndjson"), new long[0]));
  }

  @Test
  void theCheckFindsTheBadLineAfterABlankOne() {
    assertEquals(3, badLine(RECORD + "\n\n{\n"));
  }

  private static long badLine(String text) {
    try {
      NdjsonReader.of(DocumentType.DWELLING).read(
          new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), record -> { });
    } catch (WireFormatException e) {
      return e.getProblems().get(0).position().orElseThrow().getLine();
    }
    throw new AssertionError("no bad line in " + text);
  }
}
