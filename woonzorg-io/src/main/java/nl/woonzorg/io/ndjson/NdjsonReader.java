package nl.woonzorg.io.ndjson;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import nl.woonzorg.model.document.DocumentType;
import nl.woonzorg.io.ProblemKind;
import nl.woonzorg.io.ProblemText;
import nl.woonzorg.io.ReadLimits;
import nl.woonzorg.io.ReadResult;
import nl.woonzorg.io.WireFormatException;
import nl.woonzorg.io.WireProblem;
import nl.woonzorg.io.internal.DocumentReading;
import nl.woonzorg.io.internal.RecordBlocks;
import nl.woonzorg.io.json.JsonReader;
import nl.woonzorg.model.report.JsonPointer;
import nl.woonzorg.model.report.SourcePosition;
import org.apiguardian.api.API;

/**
 * Reads NDJSON records: each line a document of the wire format, read strictly. Memory stays
 * constant whatever the number of lines: the reader holds one block of lines of at most 64 KiB
 * and their records (a few hundred dwelling records), or one longer line of at most {@link
 * ReadLimits#maxDocumentLength()} bytes ({@link ReadLimits#records() 1 MiB} unless set), and hands
 * the records of the lines it holds over before it reads more of the stream (or fails on it). A
 * block of clean records is read with one parser, as one document is; a block with a bad line is
 * read again line by line, and so is a line that starts like another encoding than UTF-8. Blank
 * lines are skipped; lines may end in {@code \n} or {@code \r\n}.
 *
 * <p>Problems carry the line of the file and the column within it; their pointers are into the
 * line's document; a line lists at most {@link ReadLimits#maxProblems()} of them and sums up the
 * rest in one more, so that no line costs more memory than that. By default the first bad line
 * ends reading with a {@link WireFormatException}; with {@link #continueOnError(Consumer)} each
 * problem of a bad line goes to a handler, the line is skipped and reading goes on.
 *
 * <p>Immutable and thread-safe; each {@code read} call reads its own stream.
 *
 * @param <T> the record type
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public final class NdjsonReader<T> {

  private static final int BUFFER = 1 << 16;
  /** The most bytes of lines read in one pass: a few hundred records, a few more bad lines. */
  private static final int BLOCK = 1 << 16;

  private final DocumentType<T> type;
  private final JsonReader reader;
  /** The reading of lines, in blocks or alone, under the limits of {@link #reader}. */
  private final DocumentReading lineReading;
  private final Consumer<? super WireProblem> onProblem;
  private final boolean continueOnError;

  private NdjsonReader(DocumentType<T> type, JsonReader reader,
      Consumer<? super WireProblem> onProblem, boolean continueOnError) {
    this.type = type;
    this.reader = reader;
    this.lineReading = new DocumentReading(reader.limits());
    this.onProblem = onProblem;
    this.continueOnError = continueOnError;
  }

  /** A reader of records of {@code type} that stops at the first bad line. */
  public static <T> NdjsonReader<T> of(DocumentType<T> type) {
    return new NdjsonReader<>(Objects.requireNonNull(type, "type"),
        JsonReader.strict().withLimits(ReadLimits.records()), problem -> { }, false);
  }

  /** A reader like this one that reports each problem of a bad line to {@code onProblem} and goes on. */
  public NdjsonReader<T> continueOnError(Consumer<? super WireProblem> onProblem) {
    return new NdjsonReader<>(type, reader, Objects.requireNonNull(onProblem, "onProblem"), true);
  }

  /** A reader like this one with {@code limits} for each line. */
  public NdjsonReader<T> withLimits(ReadLimits limits) {
    return new NdjsonReader<>(type, reader.withLimits(limits), onProblem, continueOnError);
  }

  /**
   * Reads every line of {@code in}, handing each record to {@code onRecord} in file order; the
   * stream is left open. Records are handed over a block of lines at a time (see the class
   * description), each before any problem of a later line is reported and before the stream is
   * read further.
   *
   * @return how many lines, records and bad lines there were
   * @throws WireFormatException at the first bad line, unless continuing on error
   * @throws UncheckedIOException if reading the stream fails
   */
  public NdjsonSummary read(InputStream in, Consumer<? super T> onRecord) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(onRecord, "onRecord");
    long max = reader.limits().maxDocumentLength();
    LineSource lines = new LineSource(in, max);
    Reading reading = new Reading(onRecord, (int) Math.min(BLOCK, max));
    try {
      while (lines.next()) {
        if (lines.tooLong()) {
          reading.flush();
          reading.bad(List.of(WireProblem.of(ProblemKind.LIMIT, JsonPointer.root(),
              SourcePosition.of(1, 1), ProblemText.of("limit.lineLength", Long.toString(max)),
              ProblemText.of("expected.lineLength", Long.toString(max)), null)), lines.number());
        } else if (!reading.add(lines.buffer(), lines.length(), lines.number(), lines.offset())) {
          reading.flush();
          if (!reading.add(lines.buffer(), lines.length(), lines.number(), lines.offset())) {
            reading.line(lines.buffer(), 0, lines.length(), lines.number(), lines.offset());
          }
        }
        // Hand the records over before a read that may wait, on a stream that arrives slowly.
        if (lines.drained()) {
          reading.flush();
        }
      }
      reading.flush();
    } catch (IOException e) {
      // The records of the lines read so far are handed over, as they would be line by line.
      reading.flush();
      throw new UncheckedIOException(e);
    }
    return new NdjsonSummary(lines.number(), reading.records, reading.bad);
  }

  /**
   * One {@code read} call's block of lines and counts. Lines gather in the block until it is full
   * or the bytes read from the stream are used up; then it is read in one pass ({@link
   * RecordBlocks}), and only if that fails line by line, which finds and reports the bad lines.
   */
  private final class Reading {
    private final Consumer<? super T> onRecord;
    private final byte[] block;
    private int length;
    /** Where each line of the block starts, in the block and in the stream; the first's number. */
    private int[] starts = new int[256];
    private long[] offsets = new long[256];
    private int lineCount;
    private long firstLine;
    private final List<T> clean = new ArrayList<>();
    long records;
    long bad;

    Reading(Consumer<? super T> onRecord, int capacity) {
      this.onRecord = onRecord;
      this.block = new byte[capacity];
    }

    /**
     * Adds line {@code number}, which starts at {@code offset} in the stream, to the block; false
     * if it does not fit or must be read alone.
     */
    boolean add(byte[] line, int lineLength, long number, long offset) {
      if (length + (long) lineLength + 1 > block.length || !RecordBlocks.mayJoin(line, lineLength)) {
        return false;
      }
      if (lineCount == 0) {
        firstLine = number;
      }
      if (lineCount == starts.length) {
        starts = Arrays.copyOf(starts, 2 * lineCount);
        offsets = Arrays.copyOf(offsets, 2 * lineCount);
      }
      offsets[lineCount] = offset;
      starts[lineCount++] = length;
      System.arraycopy(line, 0, block, length, lineLength);
      length += lineLength;
      block[length++] = '\n';
      return true;
    }

    /** Reads the lines of the block and empties it. */
    void flush() {
      if (lineCount == 0) {
        return;
      }
      if (RecordBlocks.readClean(lineReading, block, length, lineCount, type, clean)) {
        records += clean.size();
        clean.forEach(onRecord);
        clean.clear();
      } else {
        for (int i = 0; i < lineCount; i++) {
          int end = i + 1 < lineCount ? starts[i + 1] : length;
          line(block, starts[i], end - 1 - starts[i], firstLine + i, offsets[i]);
        }
      }
      length = 0;
      lineCount = 0;
    }

    /** Reads line {@code number}, which starts at {@code start} in the stream, on its own. */
    void line(byte[] bytes, int offset, int lineLength, long number, long start) {
      if (isBlank(bytes, offset, lineLength)) {
        return;
      }
      ReadResult<T> result =
          lineReading.read(bytes, offset, lineLength, start, type, reader.mode());
      if (result.isClean()) {
        records++;
        onRecord.accept(result.value().orElseThrow());
      } else {
        bad(result.problems(), number);
      }
    }

    void bad(List<WireProblem> problems, long number) {
      bad++;
      List<WireProblem> located = problems.stream()
          .map(problem -> problem.atLine(lineNumber(number))).toList();
      if (!continueOnError) {
        throw new WireFormatException(located);
      }
      located.forEach(onProblem);
    }
  }

  private static boolean isBlank(byte[] bytes, int offset, int length) {
    for (int i = offset; i < offset + length; i++) {
      if (bytes[i] != ' ' && bytes[i] != '\t') {
        return false;
      }
    }
    return true;
  }

  /**
   * The lines of a byte stream, one at a time, in one reused buffer that never grows beyond the
   * longest line allowed: a longer line is skipped to its end without being held.
   */
  private static final class LineSource {
    private final InputStream in;
    private final long max;
    private final byte[] chunk = new byte[BUFFER];
    private int chunkPos;
    private int chunkEnd;
    private byte[] line = new byte[1024];
    private int length;
    private boolean tooLong;
    private long number;
    /** Where in the stream the chunk and the current line start. */
    private long chunkOffset;
    private long offset;

    LineSource(InputStream in, long max) {
      this.in = in;
      this.max = max;
    }

    /** Moves to the next line; false at the end of the stream. */
    boolean next() throws IOException {
      length = 0;
      tooLong = false;
      offset = chunkOffset + chunkPos;
      boolean any = false;
      while (true) {
        if (chunkPos == chunkEnd) {
          chunkOffset += chunkEnd;
          chunkEnd = in.read(chunk);
          chunkPos = 0;
          if (chunkEnd <= 0) {
            chunkEnd = 0;
            return any && endLine();
          }
        }
        any = true;
        int start = chunkPos;
        chunkPos = Newlines.indexOf(chunk, chunkPos, chunkEnd);
        append(start, chunkPos - start);
        if (chunkPos < chunkEnd) {
          chunkPos++;
          return endLine();
        }
      }
    }

    private boolean endLine() {
      number++;
      if (length > 0 && line[length - 1] == '\r') {
        length--;
      }
      return true;
    }

    private void append(int from, int count) {
      if (tooLong || count == 0) {
        return;
      }
      if (length + (long) count > max) {
        tooLong = true;
        return;
      }
      if (length + count > line.length) {
        line = Arrays.copyOf(line, (int) Math.min(max, Math.max(line.length * 2L, length + count)));
      }
      System.arraycopy(chunk, from, line, length, count);
      length += count;
    }

    boolean tooLong() {
      return tooLong;
    }

    /** Whether every byte read from the stream so far has been taken into lines. */
    boolean drained() {
      return chunkPos == chunkEnd;
    }

    byte[] buffer() {
      return line;
    }

    int length() {
      return length;
    }

    /** The number of the current line, from 1. */
    long number() {
      return number;
    }

    /** Where the current line starts in the stream, from 0. */
    long offset() {
      return offset;
    }
  }

  // A position's line is an int; past 2^31 lines (a file of terabytes) it stays at the maximum
  // rather than failing the read.
  private static int lineNumber(long line) {
    return (int) Math.min(line, Integer.MAX_VALUE);
  }
}
