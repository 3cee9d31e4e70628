package nl.woonzorg.benchmarks;

import java.lang.management.ManagementFactory;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A ratio of thread CPU time on a loaded machine: the baseline's operation and woonzorg's (or
 * several woonzorg's, e.g. of an old and a new jar) run in turn, 50 ms of wall time each, 40 turns
 * a round, so that all meet the same load. Per round it prints the thread CPU time and the bytes
 * allocated per operation of each and the ratio of the baseline's CPU time to each woonzorg's,
 * and at the end each median ratio. Wall-clock scores (JMH's) move with other processes on a
 * shared host; a thread's CPU time moves less.
 */
final class CpuRatio {

  private static final com.sun.management.ThreadMXBean THREADS =
      (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
  private static final int SLICES = 40;
  private static final long SLICE = 50_000_000L;

  private static volatile Object sink;

  private CpuRatio() {}

  /** {@link #run(String, Supplier, Map, int)} with one woonzorg operation, named "woonzorg". */
  static void run(String what, Supplier<Object> jackson, Supplier<Object> woonzorg, int rounds) {
    run(what, jackson, Map.of("woonzorg", woonzorg), rounds);
  }

  /**
   * Warms every operation up for three seconds of thread CPU time each, runs {@code rounds}
   * rounds and prints them, naming the operation {@code what} ("write", say) in the lines.
   *
   * @param woonzorg the operations to hold against {@code jackson}, by name, in the map's order
   */
  static void run(String what, Supplier<Object> jackson, Map<String, Supplier<Object>> woonzorg,
      int rounds) {
    List<String> names = new ArrayList<>(woonzorg.keySet());
    List<Supplier<Object>> operations = new ArrayList<>(woonzorg.values());
    // Warmed up by CPU time, not wall time: on a loaded host three seconds of wall time may be
    // a tenth of that on the processor, too little for the compiler to finish.
    operations.forEach(CpuRatio::warm);
    warm(jackson);
    double[][] ratios = new double[operations.size()][rounds];
    for (int round = 0; round < rounds; round++) {
      double[] base = new double[2];
      double[][] own = new double[operations.size()][2];
      for (int slice = 0; slice < SLICES; slice++) {
        add(base, measure(jackson, SLICE));
        for (int i = 0; i < operations.size(); i++) {
          add(own[i], measure(operations.get(i), SLICE));
        }
      }
      StringBuilder line = new StringBuilder(String.format(Locale.ROOT,
          "round %d: Jackson %.0f us %.0f B", round, base[0] / 1e3, base[1]));
      for (int i = 0; i < operations.size(); i++) {
        ratios[i][round] = base[0] / own[i][0];
        line.append(String.format(Locale.ROOT, ", %s %.0f us %.0f B (ratio %.3f)", names.get(i),
            own[i][0] / 1e3, own[i][1], ratios[i][round]));
      }
      System.out.println(line + " per " + what + " (thread CPU, allocated)");
    }
    for (int i = 0; i < operations.size(); i++) {
      Arrays.sort(ratios[i]);
      System.out.printf(Locale.ROOT, "document %s, Jackson's CPU / %s's: median %.3f"
          + " (%.3f-%.3f)%n", what, names.get(i), ratios[i][rounds / 2], ratios[i][0],
          ratios[i][rounds - 1]);
    }
  }

  /**
   * A class loader of the classes of benchmark jar {@code jar} alone, above the platform's: the
   * woonzorg of an old and of a new jar then run side by side in one JVM, each with its own
   * Jackson and Hibernate Validator, and meet the same load.
   */
  static ClassLoader loaderOf(String jar) throws MalformedURLException {
    return new URLClassLoader(new URL[] {Path.of(jar).toUri().toURL()},
        ClassLoader.getPlatformClassLoader());
  }

  private static void add(double[] sum, double[] slice) {
    sum[0] += slice[0] / SLICES;
    sum[1] += slice[1] / SLICES;
  }

  private static void warm(Supplier<Object> operation) {
    long end = THREADS.getCurrentThreadCpuTime() + 3_000_000_000L;
    while (THREADS.getCurrentThreadCpuTime() < end) {
      sink = operation.get();
    }
  }

  /** Runs {@code operation} for {@code nanos} of wall time: CPU nanoseconds and bytes per call. */
  private static double[] measure(Supplier<Object> operation, long nanos) {
    long cpu = THREADS.getCurrentThreadCpuTime();
    long allocated = THREADS.getCurrentThreadAllocatedBytes();
    long calls = 0;
    long end = System.nanoTime() + nanos;
    while (System.nanoTime() < end) {
      sink = operation.get();
      calls++;
    }
    return new double[] {(THREADS.getCurrentThreadCpuTime() - cpu) / (double) calls,
        (THREADS.getCurrentThreadAllocatedBytes() - allocated) / (double) calls};
  }
}
