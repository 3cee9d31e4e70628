package nl.woonzorg.benchmarks;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.net.MalformedURLException;
import java.util.Map;
import java.util.function.Supplier;
import nl.woonzorg.io.json.JsonReader;
import nl.woonzorg.model.document.DocumentType;
import nl.woonzorg.validation.WoonzorgValidator;
import tools.jackson.databind.ObjectReader;

/**
 * The large document's read and validate on a loaded machine, as {@link DocumentBenchmark}'s
 * {@code readAndValidateWoonzorg} against its {@code readJackson}: the thread CPU time and the
 * bytes allocated per operation on the bytes of {@link Workloads#vision()}, alternating every
 * 50 ms so that both meet the same load ({@link CpuRatio}). Prints each round (40 pairs of
 * slices) and the median ratio of Jackson's CPU time to woonzorg's, the goal's ratio.
 *
 * <p>Given the paths of benchmark jars, it reads and validates with the woonzorg of each jar
 * instead, each in a class loader of its own ({@link CpuRatio#loaderOf}), all in this one JVM and
 * in turn with the baseline, as {@link WriteCpu} does for the write; the reports of all jars must
 * be equal.
 */
public final class DocumentCpu {

  private DocumentCpu() {}

  /**
   * Runs the comparison.
   *
   * @param args the number of rounds, 7 unless given; then the benchmark jars to compare, if any
   */
  public static void main(String[] args) throws ReflectiveOperationException,
      MalformedURLException {
    byte[] json = CpuRatio.visionJson();
    ObjectReader plain = Baseline.MAPPER.readerFor(Baseline.Vision.class);
    WoonzorgValidator validator = WoonzorgValidator.builder().build();
    Map<String, Supplier<Object>> checks = CpuRatio.operations(args, jar -> checkOf(jar, json),
        () -> validator.validate(JsonReader.strict().read(json, DocumentType.VISION)));
    CpuRatio.requireSameText(checks);
    CpuRatio.run("read and validate", () -> plain.readValue(json), checks,
        CpuRatio.rounds(args));
  }

  /** Reads {@code json} strictly and validates it with the woonzorg of {@code jar}. */
  private static Supplier<Object> checkOf(String jar, byte[] json)
      throws ReflectiveOperationException, MalformedURLException {
    ClassLoader loader = CpuRatio.loaderOf(jar);
    Class<?> validatorType = loader.loadClass(WoonzorgValidator.class.getName());
    Object builder = validatorType.getMethod("builder").invoke(null);
    Object validator = builder.getClass().getMethod("build").invoke(builder);
    MethodHandle validate = MethodHandles.publicLookup().findVirtual(validatorType, "validate",
        MethodType.methodType(loader.loadClass("nl.woonzorg.model.report.Report"), Object.class))
        .bindTo(validator);
    return CpuRatio.supplierOf(
        MethodHandles.filterReturnValue(CpuRatio.visionReadOf(loader, json), validate));
  }
}
