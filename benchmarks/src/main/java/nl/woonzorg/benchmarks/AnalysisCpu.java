package nl.woonzorg.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.Locale;
import org.openjdk.jmh.infra.Blackhole;

/**
 * {@link AnalysisBenchmark}'s ratio on a loaded machine: the CPU time and the bytes allocated per
 * operation of {@code classifyAndRollUp} against {@code streamOnly}, one after the other so that
 * both meet the same load. The thread's CPU time leaves out the collector's threads, which work
 * harder for the operation that allocates more in the 128 MB heap; the process's CPU time counts
 * them, and the compiler's, so both are printed. Run it with the benchmark fork's heap: {@code
 * java -Xms128m -Xmx128m -cp benchmarks/target/benchmarks.jar
 * nl.woonzorg.benchmarks.AnalysisCpu 5}. Prints each round and the median ratios.
 */
public final class AnalysisCpu {

  private static final com.sun.management.ThreadMXBean THREADS =
      (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
  private static final com.sun.management.OperatingSystemMXBean PROCESS =
      (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

  private AnalysisCpu() {}

  /** An operation of the benchmark that may fail reading its file. */
  private interface Operation {
    Object run() throws IOException;
  }

  /**
   * Runs the comparison.
   *
   * @param args the number of rounds, 5 unless given, and the number of records, 2,300,000
   *     unless given
   */
  public static void main(String[] args) throws IOException {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
    AnalysisBenchmark benchmark = new AnalysisBenchmark();
    benchmark.records = args.length > 1 ? Integer.parseInt(args[1]) : 2_300_000;
    benchmark.setUp();
    Blackhole sink = new Blackhole(CpuRatio.BLACKHOLE);
    Operation stream = () -> {
      benchmark.streamOnly(sink);
      return null;
    };
    Operation analyse = benchmark::classifyAndRollUp;
    for (int warm = 0; warm < 2; warm++) {
      measure(stream, sink);
      measure(analyse, sink);
    }
    double[] threadRatios = new double[rounds];
    double[] processRatios = new double[rounds];
    for (int round = 0; round < rounds; round++) {
      // Alternate which goes first, so that neither always meets the other's garbage.
      double[] first = measure(round % 2 == 0 ? stream : analyse, sink);
      double[] second = measure(round % 2 == 0 ? analyse : stream, sink);
      double[] base = round % 2 == 0 ? first : second;
      double[] own = round % 2 == 0 ? second : first;
      threadRatios[round] = own[0] / base[0];
      processRatios[round] = own[1] / base[1];
      System.out.printf(Locale.ROOT, "round %d: stream %.0f ms thread CPU, %.0f ms process CPU,"
              + " %.1f MB; analysis %.0f ms, %.0f ms, %.1f MB; ratio %.3f (thread), %.3f"
              + " (process)%n", round, base[0] / 1e6, base[1] / 1e6, base[2] / 1e6, own[0] / 1e6,
          own[1] / 1e6, own[2] / 1e6, threadRatios[round], processRatios[round]);
    }
    Arrays.sort(threadRatios);
    Arrays.sort(processRatios);
    System.out.printf(Locale.ROOT, "analysis / stream: median %.3f (%.3f-%.3f) by thread CPU,"
            + " %.3f (%.3f-%.3f) by process CPU%n", threadRatios[rounds / 2], threadRatios[0],
        threadRatios[rounds - 1], processRatios[rounds / 2], processRatios[0],
        processRatios[rounds - 1]);
  }

  /** Runs {@code operation} once: thread CPU and process CPU nanoseconds and bytes allocated. */
  private static double[] measure(Operation operation, Blackhole sink) throws IOException {
    long thread = THREADS.getCurrentThreadCpuTime();
    long process = PROCESS.getProcessCpuTime();
    long allocated = THREADS.getCurrentThreadAllocatedBytes();
    sink.consume(operation.run());
    return new double[] {THREADS.getCurrentThreadCpuTime() - thread,
        PROCESS.getProcessCpuTime() - process,
        THREADS.getCurrentThreadAllocatedBytes() - allocated};
  }
}
