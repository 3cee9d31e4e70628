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
import java.util.function.ObjLongConsumer;
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
 * <p>{@link #readWithLines(InputStream, ObjLongConsumer) readWithLines} hands each record over
 * with the number of its line, so that what is found of a record after reading, such as an
 * unknown area code, is located as the reader's own problems are.
 *
 * <p>Immutable and thread-safe; each {@code read} call reads its own stream.
 *
 * @param <T> the record type
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public final class NdjsonReader<T> {

  /** The most bytes of lines read in one pass: a few hundred records, a few more bad lines. */
  private static final int BLOCK = 1 << 16;

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
   * Reads every line of {@code in} as {@link #read(InputStream, Consumer)} does, handing each
   * record to {@code onRecord} with the number of its line: from 1, blank lines counted, each line
   * ended by {@code \n}, {@code \r\n} or the end of the stream (a last line end starts no
   * further line); the number a problem of that line would name (a problem's line stops at {@link
   * Integer#MAX_VALUE}; this one does not). {@code onRecord} is called on the calling thread, in
   * file order, whatever the number of {@link #threads(int) threads}. The stream is left open.
   *
   * @return how many lines, records and bad lines there were
   * @throws WireFormatException at the first bad line, unless continuing on error
   * @throws UncheckedIOException if reading the stream fails, or the calling thread is
   *     interrupted while it waits for other threads ({@link java.io.InterruptedIOException})
   * @since 0.2.0
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2.0")
  public NdjsonSummary readWithLines(InputStream in, ObjLongConsumer<? super T> onRecord) {
    return readWithLines(in, record -> record, onRecord);
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
    Objects.requireNonNull(onChecked, "onChecked");
    return read(in, check, (result, line) -> onChecked.accept(result), false);
  }

  /**
   * Reads every line of {@code in} as {@link #read(InputStream, Function, Consumer)} does, on as
   * many threads, handing each result to {@code onChecked} with the number of its record's line,
   * as {@link #readWithLines(InputStream, ObjLongConsumer)} numbers it. As there, {@code check}
   * must be thread-safe when there is more than one thread; {@code onChecked} is called on the
   * calling thread alone, in file order, and need not be. The stream is left open.
   *
   * @param check what to make of each record, e.g. its validation report
   * @param onChecked what is done with each result and the line of its record, in file order
   * @param <R> the type of the results
   * @return how many lines, records and bad lines there were
   * @throws WireFormatException at the first bad line, unless continuing on error
   * @throws UncheckedIOException if reading the stream fails, or the calling thread is
   *     interrupted while it waits for other threads ({@link java.io.InterruptedIOException})
   * @since 0.2.0
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2.0")
  public <R> NdjsonSummary readWithLines(InputStream in, Function<? super T, ? extends R> check,
      ObjLongConsumer<? super R> onChecked) {
    return read(in, check, Objects.requireNonNull(onChecked, "onChecked"), true);
  }

  /**
   * Reads {@code in}, handing each result to {@code onChecked} with its record's line if {@code
   * numbered}, else with 0: the lines are found only for a caller that asks for them.
   */
  private <R> NdjsonSummary read(InputStream in, Function<? super T, ? extends R> check,
      ObjLongConsumer<? super R> onChecked, boolean numbered) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(check, "check");
    long max = reader.limits().maxDocumentLength();
    int capacity = (int) Math.min(blockBytes, max);
    Reading<R> reading = threads == 1
        ? new Reading<>(check, onChecked, numbered, capacity)
        : new ParallelReading<>(check, onChecked, numbered, capacity, threads);
    try {
      frame(in, reading, max);
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
    return new NdjsonSummary(reading.lines, reading.records, reading.bad);
  }

  /**
   * Splits {@code in} into blocks of whole lines, as the stream's bytes arrive, and hands each to
   * {@code reading}: only the last line end of what was read is looked for here, and the bytes
   * after it, the start of the next line, are carried into the next block. Finding the other line
   * ends, and reading the lines, is the block's reader's work, on as many threads as it has. A
   * line longer than {@code max} bytes is handed over as a block that holds no byte of it, and
   * skipped to its end.
   */
  private void frame(InputStream in, Reading<?> reading, long max) throws IOException {
    // Room for the longest line allowed and its line end, which tells that it ended.
    // max may be Long.MAX_VALUE (no limit): add the line end's byte after the min, not before.
    int most = (int) Math.min(max, Integer.MAX_VALUE - 17L) + 1;
    Block block = reading.take(0);
    int length = 0;
    // The first bytes of the block that hold no line end: those of a line not yet ended.
    int scanned = 0;
    long offset = 0;
    while (true) {
      boolean full = length == block.bytes.length;
      // A block grown for a long line is handed over once it holds a block's worth, as soon as a
      // line has ended in it: filling it to its grown size with short lines would hold the other
      // threads back and keep more bytes than a block.
      if (full || length >= reading.capacity && block.bytes.length > reading.capacity) {
        int end = lastNewline(block.bytes, scanned, length);
        if (end >= 0) {
          block = handOver(reading, block, end + 1, length, offset);
          offset += end + 1;
          length -= end + 1;
        } else if (full && length < most) {
          block.bytes = Arrays.copyOf(block.bytes, (int) Math.min(most, 2L * length));
        } else if (full) {
          reading.dispatchTooLong();
          offset += skipLine(in, block, length);
          length = block.length;
          scanned = 0;
          continue;
        }
        scanned = length;
      }
      int n = in.read(block.bytes, length, block.bytes.length - length);
      if (n < 0) {
        if (length > 0) {
          if (block.bytes[length - 1] != '\n') {
            // The last line has no line end: it gets one, as the lines of a block all have.
            block.bytes[length++] = '\n';
          }
          handOver(reading, block, length, length, offset);
        }
        return;
      }
      length += n;
      if (reading.handsOverEachRead() || in.available() <= 0) {
        int end = lastNewline(block.bytes, scanned, length);
        if (end >= 0) {
          block = handOver(reading, block, end + 1, length, offset);
          offset += end + 1;
          length -= end + 1;
        }
        scanned = length;
        // Hand the records over before a read that may wait, on a stream that arrives slowly.
        reading.drained(in);
      }
    }
  }

  /**
   * Hands the first {@code whole} bytes of {@code block}'s {@code length}, which start at {@code
   * offset} in the stream, over to {@code reading}; returns the block that the rest, the start of
   * a line, is carried into.
   */
  private Block handOver(Reading<?> reading, Block block, int whole, int length,
      long offset) throws IOException {
    Block next = reading.take(length - whole);
    System.arraycopy(block.bytes, whole, next.bytes, 0, length - whole);
    block.length = whole;
    block.offset = offset;
    reading.dispatch(block);
    return next;
  }

  /**
   * Skips the rest of a line too long to hold, of which {@code held} bytes are in {@code block};
   * leaves the bytes after its line end in {@code block} (their count in its {@code length}) and
   * returns how many bytes of the stream were skipped, its line end included.
   */
  private long skipLine(InputStream in, Block block, int held) throws IOException {
    long skipped = held;
    while (true) {
      int n = in.read(block.bytes, 0, block.bytes.length);
      if (n < 0) {
        block.length = 0;
        return skipped;
      }
      int end = Newlines.indexOf(block.bytes, 0, n);
      if (end < n) {
        System.arraycopy(block.bytes, end + 1, block.bytes, 0, n - end - 1);
        block.length = n - end - 1;
        return skipped + end + 1;
      }
      skipped += n;
    }
  }

  /** The index of the last {@code \n} in {@code bytes} from {@code from} to {@code to}; -1 if none. */
  private static int lastNewline(byte[] bytes, int from, int to) {
    for (int i = to - 1; i >= from; i--) {
      if (bytes[i] == '\n') {
        return i;
      }
    }
    return -1;
  }

  /**
   * Whole lines of the stream, each ending in {@code \n}: the first {@link #length} bytes of
   * {@link #bytes}, which start at {@link #offset} in the stream; or, if {@link #tooLong}, one line
   * longer than a line may be, of which nothing is held. Once read, it holds the results of its
   * records and its bad lines, in file order, and its number of lines. Blocks are reused: only the
   * calling thread takes and returns them; a block's reading touches nothing but the block.
   */
  private final class Block {
    byte[] bytes;
    int length;
    long offset;
    boolean tooLong;
    int lines;
    final List<Object> results = new ArrayList<>();
    /**
     * The records of a run of lines read in one pass, before they are checked: the block's own,
     * as blocks are read at once, and kept with it, so that a list grown to a block's records is
     * not grown again for every block.
     */
    final List<T> joined = new ArrayList<>();

    Block(int capacity) {
      bytes = new byte[capacity];
    }
  }

  /**
   * The lines of a block's results, one after the other: a block's reading makes one result of
   * each line that is not blank, in order, and none of a blank one ({@link Reading#process}), so
   * the n-th result is on the n-th line that is not blank. Found on the calling thread as the
   * results are handed over, and only for a reader asked for lines, so that the reading of blocks
   * is the same for every caller. Not for a {@link Block#tooLong} block, which holds no bytes.
   */
  private final class ResultLines {
    private final Block block;
    /** Where the next line starts in the block, and its index. */
    private int start;
    private int index;

    ResultLines(Block block) {
      this.block = block;
    }

    /** The index in the block of the next line that is not blank. */
    int next() {
      byte[] bytes = block.bytes;
      while (start < block.length) {
        int end = Newlines.indexOf(bytes, start, block.length);
        int content = end > start && bytes[end - 1] == '\r' ? end - 1 : end;
        boolean blank = isBlank(bytes, start, content - start);
        start = end + 1;
        index++;
        if (!blank) {
          return index - 1;
        }
      }
      throw new IllegalStateException("a block has more results than lines that are not blank");
    }
  }

  /** A bad line among the results of a block: its index in the block, and its problems. */
  private record BadLine(int index, List<WireProblem> problems) {}

  /**
   * One {@code read} call's blocks and counts, read on the calling thread: each block is read
   * ({@link #process}) and its results handed over ({@link #emit}) as soon as it is framed.
   */
  private class Reading<R> {
    final Function<? super T, ? extends R> check;
    final ObjLongConsumer<? super R> onChecked;
    /** Whether {@link #onChecked} is given each record's line. */
    final boolean numbered;
    final int capacity;
    private final ArrayDeque<Block> free = new ArrayDeque<>();
    long lines;
    long records;
    long bad;

    Reading(Function<? super T, ? extends R> check, ObjLongConsumer<? super R> onChecked,
        boolean numbered, int capacity) {
      this.check = check;
      this.onChecked = onChecked;
      this.numbered = numbered;
      this.capacity = capacity;
    }

    /** Whether each read of the stream is handed over before the next. */
    boolean handsOverEachRead() {
      return true;
    }

    /** A free block with room for at least {@code bytes} bytes and more. */
    final Block take(int bytes) {
      Block block = free.poll();
      if (block == null) {
        block = new Block(Math.max(capacity, bytes + 1));
      } else if (block.bytes.length <= bytes) {
        block.bytes = new byte[Math.max(capacity, bytes + 1)];
      }
      block.length = 0;
      block.tooLong = false;
      return block;
    }

    /** Takes {@code block} back once its results are handed over. */
    final void recycle(Block block) {
      block.results.clear();
      // A block grown for a long line is let go rather than kept at that size.
      if (block.bytes.length <= capacity) {
        free.add(block);
      }
    }

    /** Hands over one line too long to hold. */
    final void dispatchTooLong() throws IOException {
      Block line = take(0);
      line.tooLong = true;
      dispatch(line);
    }

    /** The bytes read from {@code in} so far are all in lines or in the block being filled. */
    void drained(InputStream in) throws IOException {}

    /** Reads the block's lines and hands the results over. */
    void dispatch(Block block) throws IOException {
      process(block);
      emit(block);
    }

    /** Hands over what is left. */
    void finish() throws IOException {}

    void close() {}

    /**
     * Reads the lines of {@code block}, adding the result of each record and each bad line to
     * its results in file order, and counts its lines; after a bad line that ends reading, stops
     * there. Runs of lines that may be joined are read in one pass ({@link RecordBlocks}), and
     * only if that fails line by line, which finds and reports the bad lines. Thread-safe for
     * different blocks.
     */
    final void process(Block block) {
      block.lines = 0;
      if (block.tooLong) {
        block.lines = 1;
        long max = reader.limits().maxDocumentLength();
        block.results.add(new BadLine(0, List.of(WireProblem.of(ProblemKind.LIMIT,
            JsonPointer.root(), SourcePosition.of(1, 1),
            ProblemText.of("limit.lineLength", Long.toString(max)),
            ProblemText.of("expected.lineLength", Long.toString(max)), null))));
        return;
      }
      byte[] bytes = block.bytes;
      int line = 0;
      int run = -1;
      int runLine = 0;
      for (int start = 0; start < block.length; line++) {
        int end = Newlines.indexOf(bytes, start, block.length);
        int content = end > start && bytes[end - 1] == '\r' ? end - 1 : end;
        if (content - start + 1L <= capacity && RecordBlocks.mayJoin(bytes, start, content - start)) {
          if (run < 0) {
            run = start;
            runLine = line;
          }
        } else {
          if (run >= 0 && !run(block, run, start, runLine, line)) {
            return;
          }
          run = -1;
          if (!line(block, start, content - start, line)) {
            return;
          }
        }
        start = end + 1;
      }
      block.lines = line;
      if (run >= 0) {
        run(block, run, block.length, runLine, line);
      }
    }

    /**
     * Reads the lines {@code firstLine} to {@code endLine} (exclusive) of {@code block}, bytes
     * {@code from} to {@code to}, in one pass, or else line by line; false if a bad line ends
     * reading.
     */
    private boolean run(Block block, int from, int to, int firstLine, int endLine) {
      if (RecordBlocks.readClean(lineReading, block.bytes, from, to - from, endLine - firstLine,
          type, block.joined)) {
        for (T record : block.joined) {
          block.results.add(check.apply(record));
        }
        block.joined.clear();
        return true;
      }
      byte[] bytes = block.bytes;
      for (int start = from, line = firstLine; start < to; line++) {
        int end = Newlines.indexOf(bytes, start, to);
        int content = end > start && bytes[end - 1] == '\r' ? end - 1 : end;
        if (!line(block, start, content - start, line)) {
          return false;
        }
        start = end + 1;
      }
      return true;
    }

    /**
     * Reads line {@code index} of {@code block}, {@code length} bytes from {@code start} without
     * its line end, on its own, adding its result to the block's; false if it is bad and ends
     * reading.
     */
    private boolean line(Block block, int start, int length, int index) {
      if (isBlank(block.bytes, start, length)) {
        return true;
      }
      ReadResult<T> result = lineReading.read(block.bytes, start, length, block.offset + start,
          type, reader.mode());
      if (result.isClean()) {
        block.results.add(check.apply(result.value().orElseThrow()));
        return true;
      }
      block.results.add(new BadLine(index, result.problems()));
      return continueOnError;
    }

    /**
     * Hands the results of a block over, in order, its bad lines located at their lines, and if
     * {@link #numbered} each record's result with its line.
     */
    @SuppressWarnings("unchecked")
    final void emit(Block block) {
      long first = lines + 1;
      lines += block.lines;
      ResultLines at = numbered && !block.tooLong ? new ResultLines(block) : null;
      for (Object result : block.results) {
        long resultLine = at == null ? 0 : first + at.next();
        if (result instanceof BadLine line) {
          bad++;
          int number = lineNumber(first + line.index());
          List<WireProblem> problems = line.problems().stream()
              .map(problem -> problem.atLine(number)).toList();
          if (!continueOnError) {
            throw new WireFormatException(problems);
          }
          problems.forEach(onProblem);
        } else {
          records++;
          onChecked.accept((R) result, resultLine);
        }
      }
      recycle(block);
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
    private final ArrayDeque<Future<Block>> pending = new ArrayDeque<>();

    ParallelReading(Function<? super T, ? extends R> check,
        ObjLongConsumer<? super R> onChecked, boolean numbered, int capacity, int threads) {
      super(check, onChecked, numbered, capacity);
      this.workers = Executors.newFixedThreadPool(threads, task -> {
        Thread thread = new Thread(task, "woonzorg-ndjson");
        thread.setDaemon(true);
        return thread;
      });
      this.maxPending = 2 * threads;
    }

    @Override
    boolean handsOverEachRead() {
      // A block fills up before it is read, unless the stream may wait: see drained.
      return false;
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
    void dispatch(Block block) throws IOException {
      pending.add(workers.submit(() -> {
        process(block);
        return block;
      }));
      while (pending.size() > maxPending) {
        emitOldest();
      }
    }

    @Override
    void finish() throws IOException {
      while (!pending.isEmpty()) {
        emitOldest();
      }
    }

    private void emitOldest() throws IOException {
      Block block;
      try {
        block = pending.peek().get();
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
      emit(block);
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

  // A position's line is an int; past 2^31 lines (a file of terabytes) it stays at the maximum
  // rather than failing the read.
  private static int lineNumber(long line) {
    return (int) Math.min(line, Integer.MAX_VALUE);
  }
}
