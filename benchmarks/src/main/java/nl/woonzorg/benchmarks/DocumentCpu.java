package nl.woonzorg.benchmarks;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.net.MalformedURLException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import nl.woonzorg.io.json.JsonReader;
import nl.woonzorg.io.json.JsonWriter;
import nl.woonzorg.model.HousingCareVision;
import nl.woonzorg.model.document.DocumentType;
import nl.woonzorg.validation.WoonzorgValidator;
import org.jspecify.annotations.Nullable;
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
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 7;
    HousingCareVision vision = Workloads.vision();
    byte[] json = JsonWriter.compact().writeBytes(vision);
    ObjectReader plain = Baseline.MAPPER.readerFor(Baseline.Vision.class);
    if (!JsonReader.strict().read(json, DocumentType.VISION).equals(vision)) {
      throw new IllegalStateException("the vision does not read back equal");
    }
    Map<String, Supplier<Object>> checks = new LinkedHashMap<>();
    if (args.length > 1) {
      @Nullable String report = null;
      for (String jar : Arrays.copyOfRange(args, 1, args.length)) {
        Supplier<Object> check = checkOf(jar, json);
        // A report of another jar's classes is compared by its text, which lists every finding.
        String text = check.get().toString();
        if (report != null && !report.equals(text)) {
          throw new IllegalStateException(jar + " reports otherwise than " + args[1]);
        }
        report = text;
        checks.put(jar, check);
      }
    } else {
      WoonzorgValidator validator = WoonzorgValidator.builder().build();
      checks.put("woonzorg",
          () -> validator.validate(JsonReader.strict().read(json, DocumentType.VISION)));
    }
    CpuRatio.run("read and validate", () -> plain.readValue(json), checks, rounds);
  }

  /** Reads {@code json} strictly and validates it with the woonzorg of {@code jar}. */
  private static Supplier<Object> checkOf(String jar, byte[] json)
      throws ReflectiveOperationException, MalformedURLException {
    ClassLoader loader = CpuRatio.loaderOf(jar);
    Class<?> readerType = loader.loadClass(JsonReader.class.getName());
    Class<?> documentType = loader.loadClass(DocumentType.class.getName());
    Class<?> validatorType = loader.loadClass(WoonzorgValidator.class.getName());
    Object builder = validatorType.getMethod("builder").invoke(null);
    Object validator = builder.getClass().getMethod("build").invoke(builder);
    MethodHandles.Lookup lookup = MethodHandles.publicLookup();
    MethodHandle read = MethodHandles.insertArguments(
        lookup.findVirtual(readerType, "read",
            MethodType.methodType(Object.class, byte[].class, documentType)),
        0, readerType.getMethod("strict").invoke(null))
        .bindTo(json);
    MethodHandle validate = lookup.findVirtual(validatorType, "validate",
        MethodType.methodType(loader.loadClass("nl.woonzorg.model.report.Report"), Object.class))
        .bindTo(validator);
    MethodHandle check = MethodHandles.filterReturnValue(
        MethodHandles.insertArguments(read, 0, documentType.getField("VISION").get(null)),
        validate).asType(MethodType.methodType(Object.class));
    return () -> {
      try {
        return (Object) check.invokeExact();
      } catch (Throwable e) {
        throw new IllegalStateException(e);
      }
    };
  }
}
