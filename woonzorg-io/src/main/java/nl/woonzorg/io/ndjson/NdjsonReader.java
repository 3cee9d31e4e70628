package nl.woonzorg.io.ndjson;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;
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
import org.jspecify.annotations.Nullable;

/**
 * Reads NDJSON records: each line a document of the wire format, read strictly. Memory stays
 * constant whatever the number of lines: the reader holds blocks of lines of at most 64 KiB each
 * and their records (a few hundred dwelling records a block), or one longer line of at most {@link
 * ReadLimits#maxDocumentLength()} bytes ({@link ReadLimits#records() 1 MiB} unless set) as a
 * block of its own, and hands the records of a block over before it reads more of the stream (or
 * fails on it); with {@link #threads(int) more threads} it holds at most {@code 2 × threads + 1}
 * blocks. A block of clean records is read with one parser, as one document is; a block with a bad
 * line is read again line by line, and so is a line that starts like another encoding than UTF-8.
 * Blank lines are skipped; lines may end in {@code \n} or {@code \r\n}.
 *
 * <p>Problems carry the line of the file and the column within it; their pointers are into the
 * line's document; a line lists at most {@link ReadLimits#maxProblems()} of them and sums up the
 * rest in one more, so that no line costs more memory than that. By default the first bad line
 * ends reading with a {@link WireFormatException}; with {@link #continueOnError(Consumer)} each
 * problem of a bad line goes to a handler, the line is skipped and reading goes on.
 *
 * <p>A stream is read on the calling thread unless {@link #threads(int)} says otherwise; then
 * blocks are parsed, and their records checked by the function given to {@link
 * #read(InputStream, Function, Consumer)}, on that many threads of the read's own, while the
 * calling thread splits the stream into blocks on line boundaries and hands the results and the
 * problems over in file order. Whatever the number of threads, the same stream gives the same
 * results, problems and summary in the same order:
 *
 * <pre>{@code
 * NdjsonReader.of(DocumentType.DWELLING)
 *     .threads(2)
 *     .continueOnError(problem -> ...)
 *     .read(in, validator::validate, report -> ...);   // reports in file order
 * }</pre>
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
  private static final byte[] NO_BYTES = {};

  private final DocumentType<T> type;
  private final JsonReader reader;
  /** The reading of lines, in blocks or alone, under the limits of {@link #reader}. */
  private final DocumentReading lineReading;
  private final Consumer<? super WireProblem> onProblem;
  private final boolean continueOnError;
  private final int threads;
  private final int blockBytes;

  private NdjsonReader(DocumentType<T> type, JsonReader reader,
      Consumer<? super WireProblem> onProblem, boolean continueOnError, int threads,
      int blockBytes) {
    this.type = type;
    this.reader = reader;
    this.lineReading = new DocumentReading(reader.limits());
    this.onProblem = onProblem;
    this.continueOnError = continueOnError;
    this.threads = threads;
    this.blockBytes = blockBytes;
  }

  /** A reader of records of {@code type} that stops at the first bad line. */
  public static <T> NdjsonReader<T> of(DocumentType<T> type) {
    return new NdjsonReader<>(Objects.requireNonNull(type, "type"),
        JsonReader.strict().withLimits(ReadLimits.records()), problem -> { }, false, 1, BLOCK);
  }

  /** A reader like this one that reports each problem of a bad line to {@code onProblem} and goes on. */
  public NdjsonReader<T> continueOnError(Consumer<? super WireProblem> onProblem) {
    return new NdjsonReader<>(type, reader, Objects.requireNonNull(onProblem, "onProblem"), true,
        threads, blockBytes);
  }

  /** A reader like this one with {@code limits} for each line. */
  public NdjsonReader<T> withLimits(ReadLimits limits) {
    return new NdjsonReader<>(type, reader.withLimits(limits), onProblem, continueOnError,
        threads, blockBytes);
  }

  /**
   * A reader like this one that parses blocks of lines, and checks their records, on {@code
   * threads} threads (<i>parallel lezen</i>). With 1, the default, everything happens on the
   * calling thread. With more, each {@code read} call starts that many threads and stops them
   * before it returns; records, results and problems are still handed over on the calling thread
   * and in file order, up to {@code 2 × threads} blocks behind the reading of the stream, and all
   * of them before a read of the stream that may have to wait (when the stream has no bytes
   * {@link InputStream#available() available}).
   *
   * @throws IllegalArgumentException if {@code threads} is less than 1
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
  public NdjsonReader<T> threads(int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1: " + threads);
    }
    return new NdjsonReader<>(type, reader, onProblem, continueOnError, threads, blockBytes);
  }

  /** The number of threads that parse and check, 1 unless {@link #threads(int) set}. */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
  public int threads() {
    return threads;
  }

  /**
   * A reader like this one whose blocks hold at most {@code bytes} bytes of lines: for tests, which
   * move block boundaries to every place in a stream.
   */
  NdjsonReader<T> withBlockBytes(int bytes) {
    if (bytes < 1) {
      throw new IllegalArgumentException("a block holds at least 1 byte: " + bytes);
    }
    return new NdjsonReader<>(type, reader, onProblem, continueOnError, threads, bytes);
  }

  /**
   * Reads every line of {@code in}, handing each record to {@code onRecord} in file order; the
   * stream is left open. Records are handed over a block of lines at a time (see the class
   * description), each before any problem of a later line is reported and, on one thread, before
   * the stream is read further.
   *
   * @return how many lines, records and bad lines there were
   * @throws WireFormatException at the first bad line, unless continuing on error
   * @throws UncheckedIOException if reading the stream fails, or the calling thread is
   *     interrupted while it waits for other threads ({@link java.io.InterruptedIOException})
   */
  public NdjsonSummary read(InputStream in, Consumer<? super T> onRecord) {
    return read(in, record -> record, onRecord);
  }

  /**
   * Reads every line of {@code in}, checks each record with {@code check} and hands the result to
   * {@code onChecked} in file order; the stream is left open. With {@link #threads(int) more than
   * one thread}, {@code check} is called on the read's own threads, for several records at once
   * and not in file order, so it must be thread-safe (a {@code WoonzorgValidator}'s {@code
   * validate} is); {@code onChecked} and the problem handler are called on the calling thread
   * alone, in file order, and need not be. After a bad line that ends the read, {@code check} is
   * not called for later records of the same block, though it may have been for later blocks.
   *
   * @param check what to make of each record, e.g. its validation report
   * @param onChecked what is done with each result, in file order
   * @param <R> the type of the results
   * @return how many lines, records and bad lines there were
   * @throws WireFormatException at the first bad line, unless continuing on error
   * @throws UncheckedIOException if reading the stream fails, or the calling thread is
   *     interrupted while it waits for other threads ({@link java.io.InterruptedIOException})
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
  public <R> NdjsonSummary read(InputStream in, Function<? super T, ? extends R> check,
      Consumer<? super R> onChecked) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(check, "check");
    Objects.requireNonNull(onChecked, "onChecked");
    long max = reader.limits().maxDocumentLength();
    LineSource lines = new LineSource(in, max);
    Reading<R> reading = threads == 1
        ? new Reading<>(check, onChecked, (int) Math.min(blockBytes, max))
        : new ParallelReading<>(check, onChecked, (int) Math.min(blockBytes, max), threads);
    try {
      while (lines.next()) {
        if (lines.tooLong()) {
          reading.tooLong(lines.number());
        } else {
          reading.add(lines.buffer(), lines.length(), lines.number(), lines.offset());
        }
        // Hand the records over before a read that may wait, on a stream that arrives slowly.
        if (lines.drained()) {
          reading.drained(in);
        }
      }
      reading.finish();
    } catch (IOException e) {
      // The records of the lines read so far are handed over, as they would be line by line.
      try {
        reading.finish();
      } catch (IOException alsoFailed) {
        e.addSuppressed(alsoFailed);
      }
      throw new UncheckedIOException(e);
    } finally {
      reading.close();
    }
    return new NdjsonSummary(lines.number(), reading.records, reading.bad);
  }

  /** How a line of a block is read. */
  private static final byte JOINED = 0;
  private static final byte ALONE = 1;
  private static final byte TOO_LONG = 2;

  /**
   * Lines of the stream in file order, copied out of the stream's buffer: every line ending in
   * {@code \n} at {@link #starts} in {@link #bytes}, its number {@link #firstLine} + its index,
   * where it started in the stream, and whether it is read in a block with the lines around it,
   * alone, or not at all for its length (then it is held as an empty line).
   */
  private static final class Block {
    byte[] bytes;
    int length;
    int[] starts = new int[256];
    long[] offsets = new long[256];
    byte[] kinds = new byte[256];
    int count;
    long firstLine;

    Block(int capacity) {
      bytes = new byte[capacity];
    }

    void add(byte kind, byte[] line, int lineLength, long number, long offset) {
      if (count == 0) {
        firstLine = number;
      }
      if (count == starts.length) {
        starts = Arrays.copyOf(starts, 2 * count);
        offsets = Arrays.copyOf(offsets, 2 * count);
        kinds = Arrays.copyOf(kinds, 2 * count);
      }
      if (length + lineLength + 1 > bytes.length) {
        bytes = Arrays.copyOf(bytes, length + lineLength + 1);
      }
      offsets[count] = offset;
      kinds[count] = kind;
      starts[count++] = length;
      System.arraycopy(line, 0, bytes, length, lineLength);
      length += lineLength;
      bytes[length++] = '\n';
    }

    void clear() {
      length = 0;
      count = 0;
    }
  }

  /** A bad line among the results of a block: its problems, located at its line. */
  private record BadLine(List<WireProblem> problems) {}

  /**
   * One {@code read} call's blocks and counts, read on the calling thread. Lines gather in the
   * block until it is full or the bytes read from the stream are used up; then it is read ({@link
   * #process}) and its results handed over ({@link #emit}).
   */
  private class Reading<R> {
    final Function<? super T, ? extends R> check;
    final Consumer<? super R> onChecked;
    final int capacity;
    Block block;
    private final List<T> clean = new ArrayList<>();
    long records;
    long bad;

    Reading(Function<? super T, ? extends R> check, Consumer<? super R> onChecked,
        int capacity) {
      this.check = check;
      this.onChecked = onChecked;
      this.capacity = capacity;
      this.block = new Block(capacity);
    }

    /** Adds line {@code number}, which starts at {@code offset} in the stream. */
    final void add(byte[] line, int lineLength, long number, long offset) throws IOException {
      boolean joins = lineLength + 1L <= capacity && RecordBlocks.mayJoin(line, lineLength);
      if (block.count > 0 && block.length + (long) lineLength + 1 > capacity) {
        dispatch();
      }
      block.add(joins ? JOINED : ALONE, line, lineLength, number, offset);
      if (block.length >= capacity) {
        dispatch();
      }
    }

    /** Adds line {@code number}, which is longer than a line may be. */
    final void tooLong(long number) throws IOException {
      if (block.length + 1 > capacity) {
        dispatch();
      }
      block.add(TOO_LONG, NO_BYTES, 0, number, 0);
    }

    /** The bytes read from {@code in} so far are all in lines. */
    void drained(InputStream in) throws IOException {
      dispatch();
    }

    /** Reads the block's lines, hands the results over and empties it. */
    void dispatch() throws IOException {
      if (block.count > 0) {
        emit(process(block, new ArrayList<>()));
        block.clear();
      }
    }

    /** Hands over what is left. */
    void finish() throws IOException {
      dispatch();
    }

    void close() {}

    /**
     * Reads the lines of {@code lines}, adding the result of each record and each bad line to
     * {@code results} in file order; after a bad line that ends reading, stops there. Runs of
     * lines that may be joined are read in one pass ({@link RecordBlocks}), and only if that
     * fails line by line, which finds and reports the bad lines. Thread-safe for different
     * blocks.
     */
    final List<Object> process(Block lines, List<Object> results) {
      List<T> joined = new ArrayList<>();
      int i = 0;
      while (i < lines.count) {
        if (lines.kinds[i] != JOINED) {
          if (!line(lines, i++, results)) {
            return results;
          }
          continue;
        }
        int end = i;
        while (end < lines.count && lines.kinds[end] == JOINED) {
          end++;
        }
        int from = lines.starts[i];
        int to = end < lines.count ? lines.starts[end] : lines.length;
        if (RecordBlocks.readClean(lineReading, lines.bytes, from, to - from, end - i, type,
            joined)) {
          for (T record : joined) {
            results.add(check.apply(record));
          }
          joined.clear();
        } else {
          for (int j = i; j < end; j++) {
            if (!line(lines, j, results)) {
              return results;
            }
          }
        }
        i = end;
      }
      return results;
    }

    /**
     * Reads line {@code i} of {@code lines} on its own, adding its result to {@code results};
     * false if it is bad and ends reading.
     */
    private boolean line(Block lines, int i, List<Object> results) {
      long number = lines.firstLine + i;
      List<WireProblem> problems;
      if (lines.kinds[i] == TOO_LONG) {
        long max = reader.limits().maxDocumentLength();
        problems = List.of(WireProblem.of(ProblemKind.LIMIT, JsonPointer.root(),
            SourcePosition.of(1, 1), ProblemText.of("limit.lineLength", Long.toString(max)),
            ProblemText.of("expected.lineLength", Long.toString(max)), null));
      } else {
        int start = lines.starts[i];
        int end = i + 1 < lines.count ? lines.starts[i + 1] : lines.length;
        int lineLength = end - 1 - start;
        if (isBlank(lines.bytes, start, lineLength)) {
          return true;
        }
        ReadResult<T> result = lineReading.read(lines.bytes, start, lineLength,
            lines.offsets[i], type, reader.mode());
        if (result.isClean()) {
          results.add(check.apply(result.value().orElseThrow()));
          return true;
        }
        problems = result.problems();
      }
      results.add(new BadLine(problems.stream()
          .map(problem -> problem.atLine(lineNumber(number))).toList()));
      return continueOnError;
    }

    /** Hands the results of a block over, in order. */
    @SuppressWarnings("unchecked")
    final void emit(List<Object> results) {
      for (Object result : results) {
        if (result instanceof BadLine line) {
          bad++;
          if (!continueOnError) {
            throw new WireFormatException(line.problems());
          }
          line.problems().forEach(onProblem);
        } else {
          records++;
          onChecked.accept((R) result);
        }
      }
    }
  }

  /**
   * A {@link Reading} whose blocks are read on threads of its own. At most {@code 2 × threads}
   * blocks wait to be read or handed over: the calling thread waits for the oldest before it reads
   * more of the stream, so memory stays bounded whatever the stream's length.
   */
  private final class ParallelReading<R> extends Reading<R> {
    private final ExecutorService workers;
    private final int maxPending;
    private final ArrayDeque<Future<List<Object>>> pending = new ArrayDeque<>();
    private final ArrayDeque<Block> free = new ArrayDeque<>();

    ParallelReading(Function<? super T, ? extends R> check, Consumer<? super R> onChecked,
        int capacity, int threads) {
      super(check, onChecked, capacity);
      this.workers = Executors.newFixedThreadPool(threads, task -> {
        Thread thread = new Thread(task, "woonzorg-ndjson");
        thread.setDaemon(true);
        return thread;
      });
      this.maxPending = 2 * threads;
    }

    @Override
    void drained(InputStream in) throws IOException {
      // A file has its next bytes ready: the block fills up further. A stream that may wait
      // first hands over everything read, as on one thread.
      if (in.available() <= 0) {
        finish();
      }
    }

    @Override
    void dispatch() throws IOException {
      if (block.count == 0) {
        return;
      }
      Block lines = block;
      pending.add(workers.submit(() -> {
        List<Object> results = process(lines, new ArrayList<>(lines.count));
        recycle(lines);
        return results;
      }));
      Block next = reuse();
      block = next != null ? next : new Block(capacity);
      while (pending.size() > maxPending) {
        emitOldest();
      }
    }

    private synchronized @Nullable Block reuse() {
      return free.poll();
    }

    private synchronized void recycle(Block lines) {
      // A block grown for a long line is let go rather than kept at that size.
      if (lines.bytes.length <= capacity) {
        lines.clear();
        free.add(lines);
      }
    }

    @Override
    void finish() throws IOException {
      dispatch();
      while (!pending.isEmpty()) {
        emitOldest();
      }
    }

    private void emitOldest() throws IOException {
      List<Object> results;
      try {
        results = pending.peek().get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new InterruptedIOException("interrupted while waiting for a block of lines");
      } catch (ExecutionException e) {
        if (e.getCause() instanceof RuntimeException unchecked) {
          throw unchecked;
        }
        if (e.getCause() instanceof Error error) {
          throw error;
        }
        // A block's reading throws nothing checked: its work is parsing and the caller's check.
        throw new IllegalStateException(e);
      }
      pending.poll();
      emit(results);
    }

    @Override
    void close() {
      workers.shutdownNow();
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
