package nl.woonzorg.benchmarks;

import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import nl.woonzorg.model.document.DocumentType;
import nl.woonzorg.io.json.JsonReader;
import nl.woonzorg.io.json.JsonWriter;
import nl.woonzorg.model.HousingCareVision;
import nl.woonzorg.model.report.Report;
import nl.woonzorg.validation.WoonzorgValidator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.ObjectWriter;

/**
 * One large vision ({@link Workloads#vision()}: 300 agreements, 600 goals, 1,000 measurements,
 * about 630 KiB of compact JSON) written, read, validated, and read and validated, beside raw
 * Jackson writing and reading the same bytes ({@link Baseline}). Throughput in documents per
 * second. The validator and the readers are built once, as an application would.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class DocumentBenchmark {

  private HousingCareVision vision;
  private byte[] json;
  private Baseline.Vision plain;
  private WoonzorgValidator validator;
  private ObjectReader plainReader;
  private ObjectWriter plainWriter;

  /** Builds the vision, its bytes and the baseline's records, and checks they agree. */
  @Setup
  public void setUp() {
    vision = Workloads.vision();
    json = JsonWriter.compact().writeBytes(vision);
    validator = WoonzorgValidator.builder().build();
    plainReader = Baseline.MAPPER.readerFor(Baseline.Vision.class);
    plainWriter = Baseline.MAPPER.writerFor(Baseline.Vision.class);
    plain = plainReader.readValue(json);
    // Both sides must handle the very same bytes, or the ratio compares different work.
    if (!Arrays.equals(plainWriter.writeValueAsBytes(plain), json)) {
      throw new IllegalStateException("the baseline does not write the library's bytes");
    }
    if (!JsonReader.strict().read(json, DocumentType.VISION).equals(vision)) {
      throw new IllegalStateException("the vision does not read back equal");
    }
  }

  /** woonzorg: the vision to compact bytes. */
  @Benchmark
  public byte[] writeWoonzorg() {
    return JsonWriter.compact().writeBytes(vision);
  }

  /** Baseline: the plain records to the same bytes. */
  @Benchmark
  public byte[] writeJackson() {
    return plainWriter.writeValueAsBytes(plain);
  }

  /** woonzorg: the bytes to a vision, strictly, with the schema checks and located problems. */
  @Benchmark
  public HousingCareVision readWoonzorg() {
    return JsonReader.strict().read(json, DocumentType.VISION);
  }

  /** Baseline: the bytes to plain records. */
  @Benchmark
  public Baseline.Vision readJackson() {
    return plainReader.readValue(json);
  }

  /** woonzorg: validating the vision already in memory. */
  @Benchmark
  public Report validateWoonzorg() {
    return validator.validate(vision);
  }

  /** woonzorg: reading the bytes and validating the vision, as a check of a received file does. */
  @Benchmark
  public Report readAndValidateWoonzorg() {
    return validator.validate(JsonReader.strict().read(json, DocumentType.VISION));
  }
}
