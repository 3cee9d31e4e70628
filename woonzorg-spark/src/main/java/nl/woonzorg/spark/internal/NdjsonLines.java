package nl.woonzorg.spark.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import nl.woonzorg.io.ProblemKind;
import nl.woonzorg.io.ProblemText;
import nl.woonzorg.io.ReadLimits;
import nl.woonzorg.io.WireProblem;
import nl.woonzorg.model.report.JsonPointer;
import nl.woonzorg.model.report.SourcePosition;
import org.apache.spark.sql.Row;

/**
 * The findings of an NDJSON file, line by line, as io's {@code NdjsonReader} reads it: lines end
 * in {@code \n} or {@code \r\n}, blank lines are skipped, a line longer than {@link
 * ReadLimits#records()} allows is one {@code LIMIT} problem and is not held, and each other line
 * is checked by a {@link LineCheck} with its file and line number. Reads the stream as the
 * findings are asked for; closes it at the end. Not thread-safe.
 */
public final class NdjsonLines implements Iterator<Row> {

  private static final long MAX = ReadLimits.records().maxDocumentLength();

  private final InputStream in;
  private final String file;
  private final Locale locale;
  private final LineCheck check;
  private final byte[] chunk = new byte[1 << 16];
  private int chunkPos;
  private int chunkEnd;
  private boolean ended;
  private byte[] line = new byte[1024];
  private int length;
  private boolean tooLong;
  private long number;
  private Iterator<Row> current = List.<Row>of().iterator();

  /**
   * The findings of the lines of {@code in}, read from {@code file}, each found by {@code check};
   * a line too long is a problem in {@code locale}.
   */
  public NdjsonLines(InputStream in, String file, Locale locale, LineCheck check) {
    this.in = in;
    this.file = file;
    this.locale = locale;
    this.check = check;
  }

  /** The findings of the dwelling records of {@code in}, read from {@code file}. */
  public static NdjsonLines dwellings(InputStream in, String file, CheckSettings settings) {
    RecordChecking checking = new RecordChecking(settings);
    return new NdjsonLines(in, file, checking.locale(),
        (line, length, name, number) -> checking.check(line, 0, length, null, name, number));
  }

  @Override
  public boolean hasNext() {
    while (!current.hasNext()) {
      if (!nextLine()) {
        return false;
      }
      current = findings().iterator();
    }
    return true;
  }

  @Override
  public Row next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    return current.next();
  }

  private List<Row> findings() {
    if (tooLong) {
      String max = Long.toString(MAX);
      WireProblem problem = WireProblem.of(ProblemKind.LIMIT, JsonPointer.root(),
          SourcePosition.of(Math.toIntExact(number), 1), ProblemText.of("limit.lineLength", max),
          ProblemText.of("expected.lineLength", max), null);
      List<Row> rows = new ArrayList<>(1);
      rows.add(FindingRows.of(problem.toFinding(locale), null, file, number));
      return rows;
    }
    if (isBlank()) {
      return List.of();
    }
    return check.check(line, length, file, number);
  }

  private boolean isBlank() {
    for (int i = 0; i < length; i++) {
      if (line[i] != ' ' && line[i] != '\t') {
        return false;
      }
    }
    return true;
  }

  /** Moves to the next line; false, with the stream closed, at its end. */
  private boolean nextLine() {
    length = 0;
    tooLong = false;
    boolean any = false;
    try {
      while (true) {
        if (chunkPos == chunkEnd) {
          chunkEnd = ended ? -1 : in.read(chunk);
          chunkPos = 0;
          if (chunkEnd <= 0) {
            chunkEnd = 0;
            ended = true;
            if (!any) {
              in.close();
              return false;
            }
            return endLine();
          }
        }
        any = true;
        int start = chunkPos;
        while (chunkPos < chunkEnd && chunk[chunkPos] != '\n') {
          chunkPos++;
        }
        append(start, chunkPos - start);
        if (chunkPos < chunkEnd) {
          chunkPos++;
          return endLine();
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(file + ": " + e.getMessage(), e);
    }
  }

  private boolean endLine() {
    if (!tooLong && length > 0 && line[length - 1] == '\r') {
      length--;
    }
    number++;
    return true;
  }

  private void append(int start, int count) {
    if (tooLong) {
      return;
    }
    // As io counts it: the line's bytes with its \r, if any.
    if (length + (long) count > MAX) {
      tooLong = true;
      return;
    }
    if (length + count > line.length) {
      line = Arrays.copyOf(line, Math.max(length + count, 2 * line.length));
    }
    System.arraycopy(chunk, start, line, length, count);
    length += count;
  }
}
