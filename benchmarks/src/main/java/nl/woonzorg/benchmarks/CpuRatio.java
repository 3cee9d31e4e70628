package nl.woonzorg.benchmarks;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.management.ManagementFactory;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import nl.woonzorg.io.json.JsonReader;
import nl.woonzorg.io.json.JsonWriter;
import nl.woonzorg.model.HousingCareVision;
import nl.woonzorg.model.document.DocumentType;

/**
 * A ratio of thread CPU time on a loaded machine: the baseline's operation and woonzorg's (or
 * several woonzorg's, e.g. of an old and a new jar) run in turn, 50 ms of wall time each, 40 turns
 * a round, so that all meet the same load. Per round it prints the thread CPU time and the bytes
 * allocated per operation of each and the ratio of the baseline's CPU time to each woonzorg's,
 * and at the end each median ratio. Wall-clock scores (JMH's) move with other processes on a
 * shared host; a thread's CPU time moves less.
 */
final class CpuRatio {

  /** What JMH asks of a {@code Blackhole} made outside a benchmark, as the harnesses make theirs. */
  static final String BLACKHOLE = "Today's password is swordfish. I understand instantiating"
      + " Blackholes directly is dangerous.";

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

  /** The number of rounds, the first of a harness's {@code args}; 7 unless given. */
  static int rounds(String[] args) {
    return args.length > 0 ? Integer.parseInt(args[0]) : 7;
  }

  /**
   * The operations to hold against the baseline: given benchmark jars after the rounds in {@code
   * args}, the operation {@code ofJar} makes of each, by the jar's path; else {@code own}, this
   * jar's, named "woonzorg".
   */
  static Map<String, Supplier<Object>> operations(String[] args, JarOperation ofJar,
      Supplier<Object> own) throws ReflectiveOperationException, MalformedURLException {
    Map<String, Supplier<Object>> operations = new LinkedHashMap<>();
    if (args.length > 1) {
      for (String jar : Arrays.copyOfRange(args, 1, args.length)) {
        operations.put(jar, ofJar.of(jar));
      }
    } else {
      operations.put("woonzorg", own);
    }
    return operations;
  }

  /**
   * Refuses {@code operations} unless each gives a result that prints as the first one's: a
   * result of another jar's classes is compared by its text, which lists all it holds.
   */
  static void requireSameText(Map<String, Supplier<Object>> operations) {
    String first = null;
    for (Map.Entry<String, Supplier<Object>> operation : operations.entrySet()) {
      String text = operation.getValue().get().toString();
      if (first != null && !first.equals(text)) {
        throw new IllegalStateException(operation.getKey() + " gives another result than "
            + operations.keySet().iterator().next());
      }
      first = text;
    }
  }

  /** Makes the operation of the woonzorg of a benchmark jar, loaded on its own ({@link #loaderOf}). */
  @FunctionalInterface
  interface JarOperation {
    Supplier<Object> of(String jar) throws ReflectiveOperationException, MalformedURLException;
  }

  /**
   * The compact bytes of {@link Workloads#vision()}, the document the read, the write and the
   * read and validate are measured on; refused unless woonzorg's strict reader reads them back
   * equal.
   */
  static byte[] visionJson() {
    HousingCareVision vision = Workloads.vision();
    byte[] json = JsonWriter.compact().writeBytes(vision);
    if (!JsonReader.strict().read(json, DocumentType.VISION).equals(vision)) {
      throw new IllegalStateException("the vision does not read back equal");
    }
    return json;
  }

  /**
   * The strict read of {@code json} as a vision by the woonzorg of {@code loader}: a handle that
   * takes nothing and returns the vision.
   */
  static MethodHandle visionReadOf(ClassLoader loader, byte[] json)
      throws ReflectiveOperationException {
    Class<?> readerType = loader.loadClass(JsonReader.class.getName());
    Class<?> documentType = loader.loadClass(DocumentType.class.getName());
    MethodHandle read = MethodHandles.publicLookup().findVirtual(readerType, "read",
        MethodType.methodType(Object.class, byte[].class, documentType));
    return MethodHandles.insertArguments(read, 0, readerType.getMethod("strict").invoke(null),
        json, documentType.getField("VISION").get(null));
  }

  /**
   * {@code operation}, a handle that takes nothing, as a supplier of what it returns (null if
   * nothing).
   */
  static Supplier<Object> supplierOf(MethodHandle operation) {
    MethodHandle exact = operation.asType(MethodType.methodType(Object.class));
    return () -> {
      try {
        return (Object) exact.invokeExact();
      } catch (Throwable e) {
        throw new IllegalStateException(e);
      }
    };
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
