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
import org.apiguardian.api.API;

/**
 * The findings of an NDJSON file, line by line, as io's {@code NdjsonReader} reads it: lines end
 * in {@code \n} or {@code \r\n}, blank lines are skipped, a line longer than {@link
 * ReadLimits#records()} allows is one {@code LIMIT} problem and is not held, and the other lines
 * are checked by a {@link LineCheck} in blocks of consecutive lines, each line with its number and
 * offset in the file: the findings of each block in turn, which {@link #findings} flattens. Reads
 * the stream as the findings are asked for, a block at a time; closes it at the end. Not
 * thread-safe.
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class NdjsonLines implements Iterator<List<Row>> {

  private static final long MAX = ReadLimits.records().maxDocumentLength();

  /**
   * The bytes of lines checked together: enough that the per-read costs of a parser vanish, few
   * enough that a block's findings are held without thought.
   */
  static final int BLOCK = 1 << 18;

  private final InputStream in;
  private final String file;
  private final Locale locale;
  private final LineCheck check;
  private final Lines lines;
  private final byte[] chunk = new byte[1 << 16];
  private int chunkPos;
  private int chunkEnd;
  /** Where in the file the chunk and the current line start. */
  private long chunkOffset;
  private long offset;
  private boolean ended;
  private boolean closed;
  private byte[] line = new byte[1024];
  private int length;
  private boolean tooLong;
  private long number;

  private NdjsonLines(InputStream in, String file, Locale locale, LineCheck check) {
    this.in = in;
    this.file = file;
    this.locale = locale;
    this.check = check;
    this.lines = new Lines(file);
  }

  /**
   * The findings of the lines of {@code in}, read from {@code file}, each found by {@code check};
   * a line too long is a problem in {@code locale}.
   */
  public static Iterator<Row> findings(InputStream in, String file, Locale locale,
      LineCheck check) {
    return new FlatIterator<>(new NdjsonLines(in, file, locale, check), block -> block);
  }

  /** The findings of the dwelling records of {@code in}, read from {@code file}. */
  public static Iterator<Row> dwellings(InputStream in, String file, CheckSettings settings) {
    return findings(in, file, settings.locale(), new DwellingLines(settings));
  }

  /** Whether the stream may hold more lines: until it is closed at its end. */
  @Override
  public boolean hasNext() {
    return !closed;
  }

  /**
   * The findings of the next block of lines, or of the next line too long to be held; none, with
   * the stream closed, at its end.
   */
  @Override
  public List<Row> next() {
    if (closed) {
      throw new NoSuchElementException();
    }
    lines.clear();
    while (lines.length() < BLOCK && nextLine()) {
      if (tooLong) {
        List<Row> rows = new ArrayList<>();
        if (lines.count() > 0) {
          rows.addAll(check.check(lines));
        }
        String max = Long.toString(MAX);
        WireProblem problem = WireProblem.of(ProblemKind.LIMIT, JsonPointer.root(),
            SourcePosition.of(Math.toIntExact(number), 1),
            ProblemText.of("limit.lineLength", max), ProblemText.of("expected.lineLength", max),
            null);
        rows.add(FindingRows.of(problem.toFinding(locale), null, file, number));
        return rows;
      }
      lines.add(line, length, number, offset);
    }
    return lines.count() == 0 ? List.of() : check.check(lines);
  }

  /** Moves to the next line; false, with the stream closed, at its end. */
  private boolean nextLine() {
    length = 0;
    tooLong = false;
    offset = chunkOffset + chunkPos;
    boolean any = false;
    try {
      while (true) {
        if (chunkPos == chunkEnd) {
          chunkOffset += chunkEnd;
          chunkEnd = ended ? -1 : in.read(chunk);
          chunkPos = 0;
          if (chunkEnd <= 0) {
            chunkEnd = 0;
            ended = true;
            if (!any) {
              in.close();
              closed = true;
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
