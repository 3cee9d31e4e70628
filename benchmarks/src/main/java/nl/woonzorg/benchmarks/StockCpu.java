package nl.woonzorg.benchmarks;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.management.ManagementFactory;
import java.net.MalformedURLException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The bulk stock check's figures on a loaded machine: the thread CPU time and the bytes allocated
 * per record of each of {@link StockCheckBenchmark}'s four methods (check, read, validate, and
 * Jackson's read), taken in turn so that all four meet the same load. Wall-clock scores (JMH's)
 * move with other processes on a shared host; a thread's CPU time moves less. Prints the median
 * of each and the ratios to Jackson's read.
 *
 * <p>Given the paths of benchmark jars after the rounds, it runs the check, the read and the
 * validation alone (of records read beforehand) of each jar instead, each jar in a class loader
 * of its own, all in this one JVM and in turn with Jackson's read of this jar ({@link
 * CpuRatio}, one stream of {@value StockCheckBenchmark#RECORDS} records an operation): an old and
 * a new jar then meet the same load, which two JVMs run one after the other do not.
 */
public final class StockCpu {

  private static final com.sun.management.ThreadMXBean THREADS =
      (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
  private static final String[] NAMES = {"check", "read", "validate", "Jackson read"};
  private static final int INVOCATIONS = 5;

  private StockCpu() {}

  /**
   * Runs the comparison.
   *
   * @param args the seconds of thread CPU to warm up (8 unless given), then the rounds (15); or,
   *     to compare jars, the rounds and then the benchmark jars
   */
  public static void main(String[] args) throws ReflectiveOperationException,
      MalformedURLException {
    if (args.length > 1 && args[1].endsWith(".jar")) {
      compareJars(Integer.parseInt(args[0]), Arrays.copyOfRange(args, 1, args.length));
      return;
    }
    double warmUp = args.length > 0 ? Double.parseDouble(args[0]) : 8;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 15;
    StockCheckBenchmark benchmark = new StockCheckBenchmark();
    benchmark.setUp();
    Blackhole sink = new Blackhole(CpuRatio.BLACKHOLE);
    Runnable[] methods = {() -> benchmark.checkWoonzorg(sink),
        () -> benchmark.readWoonzorg(sink), () -> benchmark.validateWoonzorg(sink),
        () -> benchmark.readJackson(sink)};
    long warm = THREADS.getCurrentThreadCpuTime() + (long) (warmUp * 1e9);
    while (THREADS.getCurrentThreadCpuTime() < warm) {
      for (Runnable method : methods) {
        method.run();
      }
    }
    long thread = Thread.currentThread().getId();
    double[][] nanos = new double[methods.length][rounds];
    long[] bytes = new long[methods.length];
    for (int round = 0; round < rounds; round++) {
      for (int m = 0; m < methods.length; m++) {
        long allocated = THREADS.getThreadAllocatedBytes(thread);
        long cpu = THREADS.getCurrentThreadCpuTime();
        for (int i = 0; i < INVOCATIONS; i++) {
          methods[m].run();
        }
        long records = (long) INVOCATIONS * StockCheckBenchmark.RECORDS;
        nanos[m][round] = (THREADS.getCurrentThreadCpuTime() - cpu) / (double) records;
        bytes[m] = (THREADS.getThreadAllocatedBytes(thread) - allocated) / records;
      }
    }
    double[] median = new double[methods.length];
    for (int m = 0; m < methods.length; m++) {
      Arrays.sort(nanos[m]);
      median[m] = nanos[m][rounds / 2];
      System.out.printf(Locale.ROOT, "%-12s %7.1f ns (lowest %7.1f), %,6d B per record%n",
          NAMES[m], median[m], nanos[m][0], bytes[m]);
    }
    double jackson = median[methods.length - 1];
    System.out.printf(Locale.ROOT, "Jackson's read against: check %.3f, read %.3f, validate %.2f;"
        + " bytes: check %.2f%n", jackson / median[0], jackson / median[1], jackson / median[2],
        bytes[0] / (double) bytes[methods.length - 1]);
  }

  /**
   * Holds the check, the read and the validation alone of each of {@code jars} against Jackson's
   * read; the validation alone is what a change to the validator's path of a record shows in.
   */
  private static void compareJars(int rounds, String[] jars) throws ReflectiveOperationException,
      MalformedURLException {
    StockCheckBenchmark baseline = new StockCheckBenchmark();
    baseline.setUp();
    Blackhole sink = new Blackhole(CpuRatio.BLACKHOLE);
    Map<String, Supplier<Object>> operations = new LinkedHashMap<>();
    for (String method : new String[] {"checkWoonzorg", "readWoonzorg",
        "validateWoonzorg"}) {
      for (String jar : jars) {
        operations.put(method + " " + jar, operationOf(jar, method));
      }
    }
    CpuRatio.run("stream", () -> baseline.readJackson(sink), operations, rounds);
  }

  /** {@code method} of the {@link StockCheckBenchmark} of {@code jar}, loaded on its own. */
  private static Supplier<Object> operationOf(String jar, String method)
      throws ReflectiveOperationException, MalformedURLException {
    ClassLoader loader = CpuRatio.loaderOf(jar);
    Class<?> type = loader.loadClass(StockCheckBenchmark.class.getName());
    Object benchmark = type.getConstructor().newInstance();
    type.getMethod("setUp").invoke(benchmark);
    Class<?> blackhole = loader.loadClass(Blackhole.class.getName());
    Object sink = blackhole.getConstructor(String.class).newInstance(CpuRatio.BLACKHOLE);
    return CpuRatio.supplierOf(MethodHandles.publicLookup()
        .findVirtual(type, method, MethodType.methodType(void.class, blackhole))
        .bindTo(benchmark).bindTo(sink));
  }
}
