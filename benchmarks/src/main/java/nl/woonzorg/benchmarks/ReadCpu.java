package nl.woonzorg.benchmarks;

import java.net.MalformedURLException;
import java.util.Map;
import java.util.function.Supplier;
import nl.woonzorg.io.json.JsonReader;
import nl.woonzorg.model.document.DocumentType;
import tools.jackson.databind.ObjectReader;

/**
 * The document read's ratio on a loaded machine, as {@link WriteCpu} measures the write ({@link
 * CpuRatio}): the thread CPU time and the bytes allocated per read of {@link Workloads#vision()}'s
 * compact bytes, woonzorg's strict {@link JsonReader} (schema-checked, located problems) against
 * the baseline's databind reading the same bytes into plain records ({@link Baseline}),
 * alternating every 50 ms.
 *
 * <p>Given the paths of benchmark jars, it reads with the woonzorg of each jar instead, each in a
 * class loader of its own ({@link CpuRatio#loaderOf}), all in this one JVM and in turn with the
 * baseline, as {@link WriteCpu} does for the write; every jar must read a vision that prints as
 * the first jar's.
 */
public final class ReadCpu {

  private ReadCpu() {}

  /**
   * Runs the comparison.
   *
   * @param args the number of rounds, 7 unless given; then the benchmark jars to compare, if any
   */
  public static void main(String[] args) throws ReflectiveOperationException,
      MalformedURLException {
    byte[] json = CpuRatio.visionJson();
    ObjectReader plain = Baseline.MAPPER.readerFor(Baseline.Vision.class);
    Map<String, Supplier<Object>> reads = CpuRatio.operations(args,
        jar -> CpuRatio.supplierOf(CpuRatio.visionReadOf(CpuRatio.loaderOf(jar), json)),
        () -> JsonReader.strict().read(json, DocumentType.VISION));
    CpuRatio.requireSameText(reads);
    CpuRatio.run("read", () -> plain.readValue(json), reads, CpuRatio.rounds(args));
  }
}
