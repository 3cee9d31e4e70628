package nl.woonzorg.benchmarks;

import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Supplier;
import nl.woonzorg.io.json.JsonWriter;
import nl.woonzorg.model.HousingCareVision;
import tools.jackson.databind.ObjectWriter;

/**
 * The document write's ratio on a loaded machine: the thread CPU time and the bytes allocated
 * per write of {@link Workloads#vision()}, woonzorg's {@link JsonWriter} against the baseline's
 * databind writing the same bytes ({@link Baseline}), alternating every 50 ms so that both meet
 * the same load. Wall-clock scores (JMH's) move with other processes on a shared host; a
 * thread's CPU time moves less. Prints each round (40 pairs of slices) and the median ratio.
 */
public final class WriteCpu {

  private static final com.sun.management.ThreadMXBean THREADS =
      (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
  private static final int SLICES = 40;
  private static final long SLICE = 50_000_000L;

  private static volatile Object sink;

  private WriteCpu() {}

  /**
   * Runs the comparison.
   *
   * @param args the number of rounds, 7 unless given
   */
  public static void main(String[] args) {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 7;
    HousingCareVision vision = Workloads.vision();
    byte[] json = JsonWriter.compact().writeBytes(vision);
    ObjectWriter writer = Baseline.MAPPER.writerFor(Baseline.Vision.class);
    Baseline.Vision plain = Baseline.MAPPER.readerFor(Baseline.Vision.class).readValue(json);
    if (!Arrays.equals(writer.writeValueAsBytes(plain), json)) {
      throw new IllegalStateException("the baseline does not write the library's bytes");
    }
    compare("write", () -> writer.writeValueAsBytes(plain),
        () -> JsonWriter.compact().writeBytes(vision), rounds);
  }

  /**
   * Runs {@code jackson} and {@code woonzorg} in turn, after a warm-up of each, and prints each
   * round's thread CPU time and bytes per {@code what} of both and their ratio, then the median.
   */
  static void compare(String what, Supplier<Object> jackson, Supplier<Object> woonzorg,
      int rounds) {
    measure(woonzorg, 3_000_000_000L);
    measure(jackson, 3_000_000_000L);
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

  /** Runs {@code write} for {@code nanos} of wall time: CPU nanoseconds and bytes per call. */
  private static double[] measure(Supplier<Object> write, long nanos) {
    long cpu = THREADS.getCurrentThreadCpuTime();
    long allocated = THREADS.getCurrentThreadAllocatedBytes();
    long calls = 0;
    long end = System.nanoTime() + nanos;
    while (System.nanoTime() < end) {
      sink = write.get();
      calls++;
    }
    return new double[] {(THREADS.getCurrentThreadCpuTime() - cpu) / (double) calls,
        (THREADS.getCurrentThreadAllocatedBytes() - allocated) / (double) calls};
  }
}
