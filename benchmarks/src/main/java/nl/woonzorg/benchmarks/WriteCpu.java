package nl.woonzorg.benchmarks;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.management.ManagementFactory;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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
 * thread's CPU time moves less. Prints each round (40 slices of each) and the median ratio.
 *
 * <p>Given the paths of benchmark jars, it writes with the woonzorg of each jar instead, each in
 * a class loader of its own, all in this one JVM and in turn with the baseline: an old and a new
 * jar then meet the same load, which two JVMs run one after the other do not.
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
   * @param args the number of rounds, 7 unless given; then the benchmark jars to compare, if any
   */
  public static void main(String[] args) throws ReflectiveOperationException,
      MalformedURLException {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 7;
    HousingCareVision vision = Workloads.vision();
    byte[] json = JsonWriter.compact().writeBytes(vision);
    ObjectWriter writer = Baseline.MAPPER.writerFor(Baseline.Vision.class);
    Baseline.Vision plain = Baseline.MAPPER.readerFor(Baseline.Vision.class).readValue(json);
    if (!Arrays.equals(writer.writeValueAsBytes(plain), json)) {
      throw new IllegalStateException("the baseline does not write the library's bytes");
    }
    List<String> names = new ArrayList<>();
    List<Supplier<Object>> writes = new ArrayList<>();
    if (args.length > 1) {
      for (String jar : Arrays.copyOfRange(args, 1, args.length)) {
        names.add(jar);
        writes.add(writerOf(jar, json));
      }
    } else {
      names.add("woonzorg");
      writes.add(() -> JsonWriter.compact().writeBytes(vision));
    }
    Supplier<Object> jackson = () -> writer.writeValueAsBytes(plain);
    measure(jackson, 3_000_000_000L);
    for (Supplier<Object> write : writes) {
      measure(write, 3_000_000_000L);
    }
    double[][] ratios = new double[writes.size()][rounds];
    for (int round = 0; round < rounds; round++) {
      double[] base = new double[2];
      double[][] own = new double[writes.size()][2];
      for (int slice = 0; slice < SLICES; slice++) {
        add(base, measure(jackson, SLICE));
        for (int i = 0; i < writes.size(); i++) {
          add(own[i], measure(writes.get(i), SLICE));
        }
      }
      StringBuilder line = new StringBuilder(String.format(Locale.ROOT,
          "round %d: Jackson %.0f us %.0f B", round, base[0] / 1e3, base[1]));
      for (int i = 0; i < writes.size(); i++) {
        ratios[i][round] = base[0] / own[i][0];
        line.append(String.format(Locale.ROOT, ", %s %.0f us %.0f B (ratio %.3f)", names.get(i),
            own[i][0] / 1e3, own[i][1], ratios[i][round]));
      }
      System.out.println(line + " per write (thread CPU, allocated)");
    }
    for (int i = 0; i < writes.size(); i++) {
      Arrays.sort(ratios[i]);
      System.out.printf(Locale.ROOT, "document write, Jackson's CPU / %s's: median %.3f"
          + " (%.3f-%.3f)%n", names.get(i), ratios[i][rounds / 2], ratios[i][0],
          ratios[i][rounds - 1]);
    }
  }

  /**
   * Writes with the woonzorg of {@code jar}, loaded on its own, the vision it reads from {@code
   * json}; refuses a jar that does not write {@code json} back.
   */
  private static Supplier<Object> writerOf(String jar, byte[] json)
      throws ReflectiveOperationException, MalformedURLException {
    ClassLoader loader = new URLClassLoader(new URL[] {Path.of(jar).toUri().toURL()},
        ClassLoader.getPlatformClassLoader());
    Object document = loader.loadClass("nl.woonzorg.io.json.WoonzorgJson")
        .getMethod("readVision", String.class)
        .invoke(null, new String(json, StandardCharsets.UTF_8));
    Class<?> type = loader.loadClass(JsonWriter.class.getName());
    MethodHandle write = MethodHandles.publicLookup()
        .findVirtual(type, "writeBytes", MethodType.methodType(byte[].class, Object.class))
        .bindTo(type.getMethod("compact").invoke(null));
    Supplier<Object> writes = () -> {
      try {
        return (byte[]) write.invokeExact(document);
      } catch (Throwable e) {
        throw new IllegalStateException(e);
      }
    };
    if (!Arrays.equals((byte[]) writes.get(), json)) {
      throw new IllegalStateException(jar + " does not write the library's bytes");
    }
    return writes;
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
