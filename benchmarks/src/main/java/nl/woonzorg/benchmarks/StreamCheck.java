package nl.woonzorg.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import com.sun.management.OperatingSystemMXBean;
import nl.woonzorg.model.document.DocumentType;
import nl.woonzorg.io.ndjson.NdjsonReader;
import nl.woonzorg.io.ndjson.NdjsonSummary;
import nl.woonzorg.model.report.Verdict;
import nl.woonzorg.validation.WoonzorgValidator;

/**
 * Checks a national stock in one stream: {@code count} dwelling records (2,300,000 unless told,
 * about the Dutch corporations' social-rent homes) read from an NDJSON file, each validated as it
 * passes, and reports the time and the peak heap. {@code benchmarks/stream-2.3m.sh} runs it with
 * {@code -Xmx128m}.
 *
 * <p>With {@code --threads N} the records are parsed and validated on {@code N} threads ({@link
 * NdjsonReader#threads(int)}), the reports counted on the main thread in file order. Besides the
 * wall time it prints the process's CPU time over the check, so that a speed-up from more threads
 * can be told from more work, and the CPU time and allocation per record of the threads that check
 * (the main thread and the read's own, {@link CheckingCpu}), over the whole stream and over its
 * second half, which leaves most of the compiler's warm-up out.
 *
 * <p>With {@code --runs N} (after {@code --threads}, if any) the whole check runs {@code N} times in
 * the one JVM, each run reported on its own: the first is a process's cold check, as a batch job
 * meets it, with the compiler at work beside it; the later ones are a long-running service's
 * (a Spring Boot application, say) checking the stock again, its code compiled.
 *
 * <p>The file is generated first ({@link Workloads#dwelling(int)}) if it is missing, or with
 * {@code --generate-only} unless it already holds the records; its writing is not timed, and a
 * check of a file with another number of records fails. Peak heap is the sum of the heap pools'
 * peak usage during the check, which over-states what was live at any one moment; the script
 * adds the process's peak resident set.
 */
public final class StreamCheck {

  private static final com.sun.management.ThreadMXBean THREADS =
      (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

  private StreamCheck() {}

  /**
   * Runs the check.
   *
   * @param args optionally {@code --generate-only}, to prepare the file without checking it, or
   *     {@code --threads N} (default 1), the threads that parse and validate, then optionally
   *     {@code --runs N} (default 1), how often the whole check runs; then the number of records
   *     (default 2,300,000) and the file (default {@code benchmarks/target/stock-<count>.ndjson})
   * @throws IOException if the file cannot be written or read
   */
  public static void main(String[] args) throws IOException {
    boolean generateOnly = args.length > 0 && args[0].equals("--generate-only");
    boolean threaded = args.length > 1 && args[0].equals("--threads");
    int threads = threaded ? Integer.parseInt(args[1]) : 1;
    int first = generateOnly ? 1 : threaded ? 2 : 0;
    boolean repeated = args.length > first + 1 && args[first].equals("--runs");
    int runs = repeated ? Integer.parseInt(args[first + 1]) : 1;
    first += repeated ? 2 : 0;
    int count = args.length > first ? Integer.parseInt(args[first]) : 2_300_000;
    Path file = Path.of(args.length > first + 1 ? args[first + 1]
        : "benchmarks/target/stock-" + count + ".ndjson");
    // The script prepares the file in a JVM of its own; the check does not read the file twice
    // to count its lines, and instead says afterwards if it held another number of records.
    if ((generateOnly || !Files.exists(file)) && countLines(file) != count) {
      Files.createDirectories(file.toAbsolutePath().getParent());
      long started = System.nanoTime();
      try (OutputStream out = Files.newOutputStream(file)) {
        Workloads.writeStock(count, out);
      }
      System.out.printf(Locale.ROOT, "generated %s: %,d records, %,d bytes, in %.1f s (not timed)%n",
          file, count, Files.size(file), (System.nanoTime() - started) / 1e9);
    }
    if (generateOnly) {
      return;
    }
    for (int run = 1; run <= runs; run++) {
      if (runs > 1) {
        System.out.printf(Locale.ROOT, "run %d of %d%s:%n", run, runs,
            run == 1 ? " (cold)" : " (warm)");
      }
      check(file, count, threads);
    }
    printThreadCpu();
  }

  /** Checks the {@code count} records of {@code file} on {@code threads} threads, and reports. */
  private static void check(Path file, int count, int threads) throws IOException {
    List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(pool -> pool.getType() == MemoryType.HEAP).toList();
    System.gc();
    heap.forEach(MemoryPoolMXBean::resetPeakUsage);
    WoonzorgValidator validator = WoonzorgValidator.builder().build();
    AtomicLong conform = new AtomicLong();
    AtomicLong findings = new AtomicLong();
    OperatingSystemMXBean os =
        (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    CheckingCpu checking = new CheckingCpu();
    long[] handed = new long[1];
    long[] halfway = new long[1];
    long mainCpuStarted = THREADS.getCurrentThreadCpuTime();
    long mainAllocatedStarted = THREADS.getCurrentThreadAllocatedBytes();
    long cpuStarted = os.getProcessCpuTime();
    long started = System.nanoTime();
    NdjsonSummary summary;
    try (InputStream in = Files.newInputStream(file)) {
      summary = NdjsonReader.of(DocumentType.DWELLING).threads(threads)
          .read(in, checking.metering(validator::validate), report -> {
            // The second half's CPU per record leaves out most of the warm-up, when the code
            // runs slower before it is compiled.
            if (++handed[0] == count / 2) {
              halfway[0] = THREADS.getCurrentThreadCpuTime() - mainCpuStarted
                  + checking.others(Thread.currentThread())[0];
            }
            findings.addAndGet(report.getFindings().size());
            if (report.verdict() != Verdict.NOT_CONFORM) {
              conform.incrementAndGet();
            }
          });
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    double cpu = (os.getProcessCpuTime() - cpuStarted) / 1e9;
    long mainCpu = THREADS.getCurrentThreadCpuTime() - mainCpuStarted;
    long mainAllocated = THREADS.getCurrentThreadAllocatedBytes() - mainAllocatedStarted;
    if (summary.lines() != count) {
      System.err.printf(Locale.ROOT, "%s holds %,d lines, not %,d: prepare it with"
          + " --generate-only %d%n", file, summary.lines(), count, count);
      System.exit(1);
    }
    long peak = heap.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
    System.out.printf(Locale.ROOT, "threads %d: checked %,d dwelling records in %.2f s wall,"
            + " %.2f s CPU (%,.0f records/s): %,d conform, %,d findings; -Xmx%d MiB, peak heap"
            + " %d MiB (sum of pool peaks); %d cores; %s%n", threads, summary.records(), seconds,
        cpu, summary.records() / seconds, conform.get(), findings.get(),
        Runtime.getRuntime().maxMemory() >> 20, peak >> 20,
        Runtime.getRuntime().availableProcessors(), Runtime.version());
    long[] workers = checking.others(Thread.currentThread());
    System.out.printf(Locale.ROOT, "checking threads: main %.2f s CPU, %,d B; %d of the read's own"
            + " %.2f s CPU, %,d B, %,d records; per record %.3f us CPU (second half %.3f us),"
            + " %,.0f B%n", mainCpu / 1e9, mainAllocated, workers[3], workers[0] / 1e9,
        workers[1], workers[2], (mainCpu + workers[0]) / 1e3 / summary.records(),
        (mainCpu + workers[0] - halfway[0]) / 1e3 / (summary.records() - count / 2),
        (mainAllocated + workers[1]) / (double) summary.records());
  }

  /**
   * On Linux, the process's CPU time since it started by the JVM's own threads: the JIT compilers
   * and the collector's, which compete with the checking threads for the cores, the VM thread's
   * (where the serial collector collects, and safepoint operations run), and the rest, the
   * checking threads (those of a read that ended included) and the main thread. A compiler
   * thread that the JVM stopped while the check ran is counted in the rest: give {@code
   * -XX:-UseDynamicNumberOfCompilerThreads} with more than one compiler thread of a kind.
   */
  private static void printThreadCpu() throws IOException {
    Path tasks = Path.of("/proc/self/task");
    if (!Files.isDirectory(tasks)) {
      return;
    }
    long compilers = 0;
    long collector = 0;
    long vmThread = 0;
    try (var threads = Files.list(tasks)) {
      for (Path task : threads.toList()) {
        String name = Files.readString(task.resolve("comm")).trim();
        long ticks = ticks(Files.readString(task.resolve("stat")));
        if (name.startsWith("C1 Compiler") || name.startsWith("C2 Compiler")) {
          compilers += ticks;
        } else if (name.startsWith("GC Thread") || name.startsWith("G1 ")) {
          collector += ticks;
        } else if (name.equals("VM Thread")) {
          vmThread += ticks;
        }
      }
    }
    long all = ticks(Files.readString(Path.of("/proc/self/stat")));
    System.out.printf(Locale.ROOT, "CPU since the JVM started: %.2f s, of which JIT compilers"
        + " %.2f s, collector %.2f s, VM thread %.2f s, the rest (checking and main threads)"
        + " %.2f s%n", all / 100.0, compilers / 100.0, collector / 100.0, vmThread / 100.0,
        (all - compilers - collector - vmThread) / 100.0);
  }

  /** User and system time of a {@code stat} line, in clock ticks (1/100 s on Linux). */
  private static long ticks(String stat) {
    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
    return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
  }

  /** The lines of {@code file}; -1 if there is no such file. */
  private static long countLines(Path file) throws IOException {
    if (!Files.exists(file)) {
      return -1;
    }
    try (var lines = Files.lines(file)) {
      return lines.count();
    }
  }
}
