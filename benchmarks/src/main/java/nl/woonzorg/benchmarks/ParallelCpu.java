package nl.woonzorg.benchmarks;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * What a second thread costs the stream check per record, on a loaded machine: the first {@code
 * lines} lines of the national stock's file read with {@code NdjsonReader.threads(1)} and {@code
 * threads(2)}, each record validated as in {@link StreamCheck}, by the woonzorg of each given
 * benchmarks jar in a class loader of its own, all in this one JVM and in turn, so that an old
 * and a new jar meet the same load and the same compiled caller. The figure is the CPU time of
 * the threads that check (the calling thread and the read's own) per record, after warm-up: the
 * steady state, without the start-up's compilation that {@code benchmarks/stream-2.3m.sh} also
 * measures; and their bytes allocated per record. Prints each round, then per jar and number of
 * threads the medians, and the median ratios of two threads to one and of each jar to the
 * first.
 *
 * <pre>{@code
 * java -Xmx128m -cp benchmarks/target/benchmarks.jar nl.woonzorg.benchmarks.ParallelCpu \
 *     7 300000 benchmarks/target/stock-2300000.ndjson OLD.jar NEW.jar
 * }</pre>
 */
public final class ParallelCpu {

  private static final com.sun.management.ThreadMXBean THREADS =
      (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
  private static final int WARM_UP_ROUNDS = 3;
  private static final int[] THREAD_COUNTS = {1, 2};

  private ParallelCpu() {}

  /**
   * Runs the comparison.
   *
   * @param args the rounds, the lines to read of the file, the file (as {@link StreamCheck}
   *     writes it), then one or more benchmark jars
   */
  public static void main(String[] args) throws Throwable {
    int rounds = Integer.parseInt(args[0]);
    int lines = Integer.parseInt(args[1]);
    Path file = Path.of(args[2]);
    List<String> jars = Arrays.asList(args).subList(3, args.length);
    long bytes = bytesOfLines(file, lines);
    List<MethodHandle> checks = new ArrayList<>();
    for (String jar : jars) {
      checks.add(checkOf(jar));
    }
    // [jar][threads][round]: CPU nanoseconds of the checking threads per record, and bytes.
    double[][][] perRecord = new double[jars.size()][THREAD_COUNTS.length][rounds];
    double[][][] bytesPerRecord = new double[jars.size()][THREAD_COUNTS.length][rounds];
    for (int round = -WARM_UP_ROUNDS; round < rounds; round++) {
      StringBuilder line = new StringBuilder("round " + round + ":");
      for (int j = 0; j < jars.size(); j++) {
        for (int t = 0; t < THREAD_COUNTS.length; t++) {
          // The order of the runs turns with the rounds, so that none always follows another.
          int jar = (j + Math.max(round, 0)) % jars.size();
          double[] figures = run(checks.get(jar), THREAD_COUNTS[t], file, bytes, lines);
          if (round >= 0) {
            perRecord[jar][t][round] = figures[0];
            bytesPerRecord[jar][t][round] = figures[1];
          }
          line.append(String.format(Locale.ROOT, " jar %d threads %d %.1f ns %.0f B;", jar,
              THREAD_COUNTS[t], figures[0], figures[1]));
        }
      }
      System.out.println(line);
    }
    for (int j = 0; j < jars.size(); j++) {
      double[] penalty = new double[rounds];
      for (int round = 0; round < rounds; round++) {
        penalty[round] = perRecord[j][1][round] / perRecord[j][0][round];
      }
      System.out.printf(Locale.ROOT, "jar %d %s: 1 thread %.1f ns %.0f B, 2 threads %.1f ns %.0f B"
              + " per record (checking threads' CPU and allocation, medians); 2 threads / 1,"
              + " median of the rounds %s%n", j, jars.get(j), median(perRecord[j][0]),
          median(bytesPerRecord[j][0]), median(perRecord[j][1]), median(bytesPerRecord[j][1]),
          ratios(penalty));
    }
    for (int j = 1; j < jars.size(); j++) {
      for (int t = 0; t < THREAD_COUNTS.length; t++) {
        double[] ratio = new double[rounds];
        for (int round = 0; round < rounds; round++) {
          ratio[round] = perRecord[j][t][round] / perRecord[0][t][round];
        }
        System.out.printf(Locale.ROOT, "jar %d / jar 0, %d thread(s): median %s%n", j,
            THREAD_COUNTS[t], ratios(ratio));
      }
    }
  }

  /** The median of {@code values}, which are left in their order, the rounds'. */
  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }

  /** The rounds' ratios as their median and range. */
  private static String ratios(double[] ratios) {
    double[] sorted = ratios.clone();
    Arrays.sort(sorted);
    return String.format(Locale.ROOT, "%.3f (%.3f-%.3f)", sorted[sorted.length / 2], sorted[0],
        sorted[sorted.length - 1]);
  }

  /**
   * Reads the first {@code lines} lines ({@code bytes} bytes) of {@code file} on {@code threads}
   * threads with {@code check}: the checking threads' CPU nanoseconds and bytes allocated per
   * record.
   */
  private static double[] run(MethodHandle check, int threads, Path file, long bytes, int lines)
      throws Throwable {
    CheckingCpu checking = new CheckingCpu();
    long[] findings = new long[1];
    long main = THREADS.getCurrentThreadCpuTime();
    long mainBytes = THREADS.getCurrentThreadAllocatedBytes();
    long records;
    try (InputStream in = new Slice(Files.newInputStream(file), bytes)) {
      records = (long) check.invokeExact(in, threads, checking, findings);
    }
    main = THREADS.getCurrentThreadCpuTime() - main;
    mainBytes = THREADS.getCurrentThreadAllocatedBytes() - mainBytes;
    if (records != lines) {
      throw new IllegalStateException("read " + records + " records of " + lines + " lines");
    }
    long[] others = checking.others(Thread.currentThread());
    return new double[] {(main + others[0]) / (double) records,
        (mainBytes + others[1]) / (double) records};
  }

  /**
   * The check of {@code jar}'s woonzorg, loaded on its own: {@code (InputStream in, int threads,
   * CheckingCpu checking, long[] findings)} reads {@code in} with an {@code NdjsonReader} of
   * dwellings on {@code threads} threads, validates each record through {@code checking}, adds
   * each report's findings to {@code findings[0]} and returns the number of records.
   */
  private static MethodHandle checkOf(String jar) throws ReflectiveOperationException,
      IOException {
    ClassLoader loader = CpuRatio.loaderOf(jar);
    MethodHandles.Lookup lookup = MethodHandles.publicLookup();
    Class<?> validatorType = loader.loadClass("nl.woonzorg.validation.WoonzorgValidator");
    Object builder = validatorType.getMethod("builder").invoke(null);
    Object validator = builder.getClass().getMethod("build").invoke(builder);
    MethodHandle validate = lookup.findVirtual(validatorType, "validate",
        MethodType.methodType(loader.loadClass("nl.woonzorg.model.report.Report"), Object.class))
        .bindTo(validator).asType(MethodType.methodType(Object.class, Object.class));
    MethodHandle findingsOf = lookup.findVirtual(
        loader.loadClass("nl.woonzorg.model.report.Report"), "getFindings",
        MethodType.methodType(List.class)).asType(MethodType.methodType(List.class, Object.class));
    Class<?> typeClass = loader.loadClass("nl.woonzorg.model.document.DocumentType");
    Object dwelling = typeClass.getField("DWELLING").get(null);
    Class<?> readerType = loader.loadClass("nl.woonzorg.io.ndjson.NdjsonReader");
    Object reader = readerType.getMethod("of", typeClass).invoke(null, dwelling);
    MethodHandle threadsOf = lookup.findVirtual(readerType, "threads",
        MethodType.methodType(readerType, int.class)).bindTo(reader)
        .asType(MethodType.methodType(Object.class, int.class));
    Class<?> summaryType = loader.loadClass("nl.woonzorg.io.ndjson.NdjsonSummary");
    MethodHandle read = lookup.findVirtual(readerType, "read", MethodType.methodType(
        summaryType, InputStream.class, Function.class, Consumer.class))
        .asType(MethodType.methodType(Object.class, Object.class, InputStream.class,
            Function.class, Consumer.class));
    MethodHandle recordsOf = lookup.findVirtual(summaryType, "records",
        MethodType.methodType(long.class)).asType(MethodType.methodType(long.class, Object.class));
    Function<Object, Object> validates = record -> {
      try {
        return (Object) validate.invokeExact(record);
      } catch (Throwable e) {
        throw new IllegalStateException(e);
      }
    };
    MethodHandle check = MethodHandles.lookup().findStatic(ParallelCpu.class, "check",
        MethodType.methodType(long.class, MethodHandle.class, MethodHandle.class,
            MethodHandle.class, MethodHandle.class, Function.class, InputStream.class, int.class,
            CheckingCpu.class, long[].class));
    return MethodHandles.insertArguments(check, 0, threadsOf, read, recordsOf, findingsOf,
        validates);
  }

  private static long check(MethodHandle threadsOf, MethodHandle read, MethodHandle recordsOf,
      MethodHandle findingsOf, Function<Object, Object> validates, InputStream in, int threads, CheckingCpu checking, long[] findings) throws Throwable {
    Object reader = (Object) threadsOf.invokeExact(threads);
    Consumer<Object> counts = report -> {
      try {
        findings[0] += ((List<?>) findingsOf.invokeExact(report)).size();
      } catch (Throwable e) {
        throw new IllegalStateException(e);
      }
    };
    Object summary = (Object) read.invokeExact(reader, in, checking.metering(validates), counts);
    return (long) recordsOf.invokeExact(summary);
  }

  /** The bytes of the first {@code lines} lines of {@code file}. */
  private static long bytesOfLines(Path file, int lines) throws IOException {
    long bytes = 0;
    int seen = 0;
    byte[] buffer = new byte[1 << 16];
    try (InputStream in = Files.newInputStream(file)) {
      for (int n; seen < lines && (n = in.read(buffer)) > 0; ) {
        for (int i = 0; i < n && seen < lines; i++) {
          bytes++;
          if (buffer[i] == '\n') {
            seen++;
          }
        }
      }
    }
    return bytes;
  }

  /** The first bytes of a stream, and what is available of them. */
  private static final class Slice extends FilterInputStream {
    private long left;

    Slice(InputStream in, long bytes) {
      super(in);
      this.left = bytes;
    }

    @Override
    public int read() throws IOException {
      if (left <= 0) {
        return -1;
      }
      left--;
      return in.read();
    }

    @Override
    public int read(byte[] bytes, int offset, int length) throws IOException {
      if (left <= 0) {
        return -1;
      }
      int n = in.read(bytes, offset, (int) Math.min(length, left));
      left -= Math.max(n, 0);
      return n;
    }

    @Override
    public int available() throws IOException {
      return (int) Math.min(left, in.available());
    }
  }
}
