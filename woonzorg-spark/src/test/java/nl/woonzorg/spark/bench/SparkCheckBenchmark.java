package nl.woonzorg.spark.bench;

import com.sun.management.OperatingSystemMXBean;
import com.sun.management.ThreadMXBean;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import nl.woonzorg.io.ndjson.NdjsonReader;
import nl.woonzorg.model.document.DocumentType;
import nl.woonzorg.spark.RecordCheck;
import nl.woonzorg.validation.WoonzorgValidator;
import org.apache.spark.sql.SparkSession;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.runner.IterationType;

/**
 * The library's own NDJSON check in one thread against the same check on Spark ({@code local[1]}
 * and {@code local[2]}, each in its own fork), on the same files of {@code records} dwelling
 * records (four files, so that two cores have files to share; one finding in fifty records). Each
 * operation checks every record and counts the findings; records/s is {@code records} over the
 * score. Run by {@code woonzorg-spark/bench.sh}, which with {@code --stock} gives it the 2.3 M
 * records of the benchmarks module's generator instead.
 *
 * <p>Besides JMH's wall-clock score, each measured iteration prints the process's CPU time per
 * operation ({@link CpuTime}): the native check's one thread keeps part of a second core busy with
 * the JIT compiler and the garbage collector, so its wall time times one core understates what it
 * uses, and Spark's time times its cores overstates it when a core waits.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-XX:+IgnoreUnrecognizedVMOptions",
    "--add-modules=jdk.incubator.vector", "--add-opens=java.base/java.lang=ALL-UNNAMED",
    "--add-opens=java.base/java.lang.invoke=ALL-UNNAMED",
    "--add-opens=java.base/java.lang.reflect=ALL-UNNAMED",
    "--add-opens=java.base/java.io=ALL-UNNAMED", "--add-opens=java.base/java.net=ALL-UNNAMED",
    "--add-opens=java.base/java.nio=ALL-UNNAMED", "--add-opens=java.base/java.util=ALL-UNNAMED",
    "--add-opens=java.base/java.util.concurrent=ALL-UNNAMED",
    "--add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED",
    "--add-opens=java.base/jdk.internal.ref=ALL-UNNAMED",
    "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED", "--add-opens=java.base/sun.nio.cs=ALL-UNNAMED",
    "--add-opens=java.base/sun.security.action=ALL-UNNAMED",
    "--add-opens=java.base/sun.util.calendar=ALL-UNNAMED",
    "--add-opens=java.security.jgss/sun.security.krb5=ALL-UNNAMED",
    "-Dio.netty.tryReflectionSetAccessible=true", "-Xmx1g"})
public class SparkCheckBenchmark {

  private static final int FILES = 4;

  /**
   * The record files: written once per fork, or, with {@code stock}, the directory of {@value
   * #FILES} files {@code 0.ndjson} … that {@code bench.sh --stock} made of the benchmarks module's
   * 2.3 M records, left as they are.
   */
  @State(Scope.Benchmark)
  public static class Files4 {
    @Param("200000")
    public int records;

    @Param("")
    public String stock;

    Path directory;

    @Setup(Level.Trial)
    public void write() throws IOException {
      if (!stock.isEmpty()) {
        directory = Path.of(stock);
        for (int file = 0; file < FILES; file++) {
          if (!Files.isRegularFile(directory.resolve(file + ".ndjson"))) {
            throw new IllegalStateException("no " + directory.resolve(file + ".ndjson"));
          }
        }
        return;
      }
      directory = Files.createTempDirectory("woonzorg-spark-bench");
      for (int file = 0; file < FILES; file++) {
        try (BufferedWriter out = Files.newBufferedWriter(directory.resolve(file + ".ndjson"),
            StandardCharsets.UTF_8)) {
          for (int i = file; i < records; i += FILES) {
            out.write(record(i));
            out.write('\n');
          }
        }
      }
    }

    @TearDown(Level.Trial)
    public void delete() throws IOException {
      if (!stock.isEmpty()) {
        return;
      }
      try (Stream<Path> files = Files.walk(directory)) {
        files.sorted(Comparator.reverseOrder()).forEach(path -> {
          try {
            Files.delete(path);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
      }
    }
  }

  /** The validator, built once, as an application builds it. */
  @State(Scope.Benchmark)
  public static class Native {
    final WoonzorgValidator validator = WoonzorgValidator.builder().locale(Locale.ENGLISH).build();
  }

  /** The session of the fork's master; the check's validator is warm after the warm-up. */
  @State(Scope.Benchmark)
  public static class Spark {
    @Param({"local[1]", "local[2]"})
    public String master;

    SparkSession session;
    final RecordCheck check = RecordCheck.builder().locale(Locale.ENGLISH).build();

    @Setup(Level.Trial)
    public void start() {
      session = SparkSession.builder().master(master).appName("woonzorg-bench")
          .config("spark.ui.enabled", "false").config("spark.driver.host", "127.0.0.1")
          .config("spark.driver.bindAddress", "127.0.0.1").getOrCreate();
      session.sparkContext().setLogLevel("ERROR");
    }

    @TearDown(Level.Trial)
    public void stop() {
      session.stop();
    }
  }

  /**
   * The process's CPU time (every thread: the check's, Spark's, the JIT compiler's, the garbage
   * collector's) and wall time of each operation, read just before and after it, summed over an
   * iteration; and of that CPU time, the part of the JVM's Java threads (the check's and Spark's;
   * not the JIT compiler's or the garbage collector's), from their CPU times before and after. At
   * the end of each measured iteration one line {@code cpu-per-op BENCHMARK MASTER OPERATIONS
   * CPU_NANOS WALL_NANOS JAVA_THREADS_CPU_NANOS} goes to the fork's output, which {@code bench.sh}
   * sums up.
   */
  @State(Scope.Benchmark)
  public static class CpuTime {
    private static final OperatingSystemMXBean OS =
        (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private static final ThreadMXBean THREADS =
        (ThreadMXBean) ManagementFactory.getThreadMXBean();

    private long cpuStart;
    private long wallStart;
    private long javaStart;
    private long cpu;
    private long wall;
    private long java;
    private int operations;

    @Setup(Level.Iteration)
    public void reset() {
      cpu = 0;
      wall = 0;
      java = 0;
      operations = 0;
    }

    @Setup(Level.Invocation)
    public void before() {
      javaStart = javaThreads();
      wallStart = System.nanoTime();
      cpuStart = OS.getProcessCpuTime();
    }

    @TearDown(Level.Invocation)
    public void after() {
      cpu += OS.getProcessCpuTime() - cpuStart;
      wall += System.nanoTime() - wallStart;
      java += javaThreads() - javaStart;
      operations++;
    }

    /** The CPU time of the live Java threads; a thread that ends takes its time with it. */
    private static long javaThreads() {
      long sum = 0;
      for (long cpu : THREADS.getThreadCpuTime(THREADS.getAllThreadIds())) {
        sum += Math.max(cpu, 0);
      }
      return sum;
    }

    @TearDown(Level.Iteration)
    public void report(BenchmarkParams benchmark, IterationParams iteration) {
      if (iteration.getType() == IterationType.MEASUREMENT) {
        String name = benchmark.getBenchmark();
        String master = benchmark.getParam("master");
        System.out.println("cpu-per-op " + name.substring(name.lastIndexOf('.') + 1) + " "
            + (master == null ? "one-thread" : master) + " " + operations + " " + cpu + " "
            + wall + " " + java);
      }
    }
  }

  static String record(int i) {
    return "{\"formatVersion\":\"1.0\",\"id\":\"VHE-" + i + "\",\"municipalityCode\":\"GM0344\","
        + "\"districtCode\":\"WK0344" + String.format(Locale.ROOT, "%02d", i % 20)
        + "\",\"postalCode\":\"3526RN\",\"unitKind\":\"WOO\",\"unitDetailKind\":\"TUS\","
        + "\"accessibilityLabel\":\"ZON\",\"targetGroup\":\"EEN\",\"rentClass\":\"GOE\","
        + "\"rooms\":" + (i % 50 == 0 ? 0 : 1 + i % 6) + ",\"constructionYear\":"
        + (1900 + i % 125) + ",\"ownerPartyId\":\"woningcorporatie-voorbeeld\"}";
  }

  /** The library: io's NdjsonReader and the validator, one record after another. */
  @Benchmark
  public long nativeCheck(Files4 files, Native state, CpuTime cpu) throws IOException {
    long[] findings = {0};
    for (int file = 0; file < FILES; file++) {
      try (InputStream in = Files.newInputStream(files.directory.resolve(file + ".ndjson"))) {
        NdjsonReader.of(DocumentType.DWELLING).read(in,
            dwelling -> findings[0] += state.validator.validate(dwelling).getFindings().size());
      }
    }
    return findings[0];
  }

  /** Spark: {@code RecordCheck.ndjsonFindings} over the four files, counted. */
  @Benchmark
  public long sparkCheck(Files4 files, Spark state, CpuTime cpu) {
    return state.check.ndjsonFindings(state.session, files.directory.resolve("*.ndjson")
        .toString()).count();
  }
}
