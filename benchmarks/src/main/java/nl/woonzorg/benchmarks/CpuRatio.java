package nl.woonzorg.benchmarks;

import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * A ratio of thread CPU time on a loaded machine: the baseline's and woonzorg's operation run in
 * turn, 50 ms of wall time each, 40 pairs a round, so that both meet the same load; per round it
 * prints the thread CPU time and the bytes allocated per operation of each and the ratio of the
 * baseline's CPU time to woonzorg's, and at the end the median ratio. Wall-clock scores (JMH's)
 * move with other processes on a shared host; a thread's CPU time moves less.
 */
final class CpuRatio {

  private static final com.sun.management.ThreadMXBean THREADS =
      (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
  private static final int SLICES = 40;
  private static final long SLICE = 50_000_000L;

  private static volatile Object sink;

  private CpuRatio() {}

  /**
   * Warms both operations up for three seconds of thread CPU time each, runs {@code rounds} rounds and prints them,
   * naming the operation {@code what} ("write", say) in the lines.
   */
  static void run(String what, Supplier<Object> jackson, Supplier<Object> woonzorg, int rounds) {
    // Warmed up by CPU time, not wall time: on a loaded host three seconds of wall time may be
    // a tenth of that on the processor, too little for the compiler to finish.
    warm(woonzorg);
    warm(jackson);
    double[] ratios = new double[rounds];
    for (int round = 0; round < rounds; round++) {
      double[] base = new double[2];
      double[] own = new double[2];
      for (int slice = 0; slice < SLICES; slice++) {
        add(base, measure(jackson, SLICE));
        add(own, measure(woonzorg, SLICE));
      }
      ratios[round] = base[0] / own[0];
      System.out.printf(Locale.ROOT, "round %d: Jackson %.0f us %.0f B, woonzorg %.0f us %.0f B"
          + " per %s (thread CPU, allocated); ratio %.3f%n", round, base[0] / 1e3, base[1],
          own[0] / 1e3, own[1], what, ratios[round]);
    }
    Arrays.sort(ratios);
    System.out.printf(Locale.ROOT, "document %s, Jackson's CPU / woonzorg's: median %.3f"
        + " (%.3f-%.3f)%n", what, ratios[rounds / 2], ratios[0], ratios[rounds - 1]);
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
