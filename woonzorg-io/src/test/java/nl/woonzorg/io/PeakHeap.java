package nl.woonzorg.io;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The peak heap use of a stretch of a test, for the tests the {@code low-heap} Surefire execution
 * runs in a JVM of their own with a small heap: that they finish proves the memory bound, the
 * peak says how close they came.
 */
public final class PeakHeap {

  private final List<MemoryPoolMXBean> pools;

  private PeakHeap(List<MemoryPoolMXBean> pools) {
    this.pools = pools;
  }

  /**
   * Starts measuring, after a collection so that garbage of earlier tests does not count.
   *
   * @param maxMebibytes the heap the test must run in; a larger one would prove nothing
   */
  public static PeakHeap start(int maxMebibytes) {
    assertTrue(Runtime.getRuntime().maxMemory() <= (long) maxMebibytes << 20,
        "run with -Xmx" + maxMebibytes + "m: " + Runtime.getRuntime().maxMemory());
    List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(pool -> pool.getType() == MemoryType.HEAP).toList();
    System.gc();
    heap.forEach(MemoryPoolMXBean::resetPeakUsage);
    return new PeakHeap(heap);
  }

  /** The peak since the start in MiB: the sum of the heap pools' peaks, so an upper bound. */
  public long mebibytes() {
    return pools.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum() >> 20;
  }

  /**
   * Prints {@code what} with the heap limit and the peak, and writes it to {@code target/<file>}
   * for the record of a build.
   */
  public void report(String what, String file) throws IOException {
    String line = what + " with -Xmx" + (Runtime.getRuntime().maxMemory() >> 20)
        + "m: peak heap (sum of pool peaks) " + mebibytes() + " MiB";
    System.out.println(line);
    Files.writeString(Path.of("target", file), line + "\n", StandardCharsets.UTF_8);
  }
}
