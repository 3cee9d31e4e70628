package nl.woonzorg.benchmarks;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.net.MalformedURLException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
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

  private WriteCpu() {}

  /**
   * Runs the comparison.
   *
   * @param args the number of rounds, 7 unless given; then the benchmark jars to compare, if any
   */
  public static void main(String[] args) throws ReflectiveOperationException,
      MalformedURLException {
    byte[] json = CpuRatio.visionJson();
    ObjectWriter writer = Baseline.MAPPER.writerFor(Baseline.Vision.class);
    Baseline.Vision plain = Baseline.MAPPER.readerFor(Baseline.Vision.class).readValue(json);
    if (!Arrays.equals(writer.writeValueAsBytes(plain), json)) {
      throw new IllegalStateException("the baseline does not write the library's bytes");
    }
    HousingCareVision vision = Workloads.vision();
    CpuRatio.run("write", () -> writer.writeValueAsBytes(plain), CpuRatio.operations(args,
        jar -> writerOf(jar, json), () -> JsonWriter.compact().writeBytes(vision)),
        CpuRatio.rounds(args));
  }

  /**
   * Writes with the woonzorg of {@code jar}, loaded on its own, the vision it reads from {@code
   * json}; refuses a jar that does not write {@code json} back.
   */
  private static Supplier<Object> writerOf(String jar, byte[] json)
      throws ReflectiveOperationException, MalformedURLException {
    ClassLoader loader = CpuRatio.loaderOf(jar);
    Object document = loader.loadClass("nl.woonzorg.io.json.WoonzorgJson")
        .getMethod("readVision", String.class)
        .invoke(null, new String(json, StandardCharsets.UTF_8));
    Class<?> type = loader.loadClass(JsonWriter.class.getName());
    MethodHandle write = MethodHandles.publicLookup()
        .findVirtual(type, "writeBytes", MethodType.methodType(byte[].class, Object.class))
        .bindTo(type.getMethod("compact").invoke(null));
    Supplier<Object> writes = CpuRatio.supplierOf(MethodHandles.insertArguments(write, 0,
        document));
    if (!Arrays.equals((byte[]) writes.get(), json)) {
      throw new IllegalStateException(jar + " does not write the library's bytes");
    }
    return writes;
  }
}
