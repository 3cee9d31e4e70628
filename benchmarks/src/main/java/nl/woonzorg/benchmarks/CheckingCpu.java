package nl.woonzorg.benchmarks;

import java.lang.management.ManagementFactory;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The CPU time of the threads that check records, each of which may end before the figures are
 * read: a read's own threads stop when it returns, and then neither {@code /proc} nor the JVM
 * can tell their CPU time any more. So each thread notes its own, every {@value #EVERY}th record
 * it checks (at most that many records' time of each thread is left out, a few hundred
 * microseconds), rather than on every record, which would cost more than a tenth of a record.
 */
final class CheckingCpu {

  private static final com.sun.management.ThreadMXBean THREADS =
      (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
  private static final int EVERY = 64;

  /** Per thread that checked: its CPU nanoseconds and bytes allocated when last noted, and its records. */
  private final Map<Thread, long[]> threads = new ConcurrentHashMap<>();
  private final ThreadLocal<long[]> own = ThreadLocal.withInitial(() -> {
    long[] figures = new long[3];
    threads.put(Thread.currentThread(), figures);
    return figures;
  });

  /** {@code check}, noting the CPU time of the thread that calls it. */
  <T, R> Function<T, R> metering(Function<T, R> check) {
    return record -> {
      R result = check.apply(record);
      long[] figures = own.get();
      if (++figures[2] % EVERY == 0) {
        note(figures);
      }
      return result;
    };
  }

  private static void note(long[] figures) {
    figures[0] = THREADS.getCurrentThreadCpuTime();
    figures[1] = THREADS.getCurrentThreadAllocatedBytes();
  }

  /** The threads that checked, other than {@code except}: CPU nanoseconds, bytes, records. */
  long[] others(Thread except) {
    long[] sum = new long[4];
    threads.forEach((thread, figures) -> {
      if (thread != except) {
        sum[0] += figures[0];
        sum[1] += figures[1];
        sum[2] += figures[2];
        sum[3]++;
      }
    });
    return sum;
  }
}
