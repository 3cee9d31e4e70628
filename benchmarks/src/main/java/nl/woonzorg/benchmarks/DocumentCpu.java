package nl.woonzorg.benchmarks;

import nl.woonzorg.io.json.JsonReader;
import nl.woonzorg.io.json.JsonWriter;
import nl.woonzorg.model.HousingCareVision;
import nl.woonzorg.model.document.DocumentType;
import nl.woonzorg.validation.WoonzorgValidator;
import tools.jackson.databind.ObjectReader;

/**
 * The large document's read and validate on a loaded machine, as {@link DocumentBenchmark}'s
 * {@code readAndValidateWoonzorg} against its {@code readJackson}: the thread CPU time and the
 * bytes allocated per operation on the bytes of {@link Workloads#vision()}, alternating every
 * 50 ms so that both meet the same load ({@link CpuRatio}). Prints each round (40 pairs of
 * slices) and the median ratio of Jackson's CPU time to woonzorg's, the goal's ratio.
 */
public final class DocumentCpu {

  private DocumentCpu() {}

  /**
   * Runs the comparison.
   *
   * @param args the number of rounds, 7 unless given
   */
  public static void main(String[] args) {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 7;
    HousingCareVision vision = Workloads.vision();
    byte[] json = JsonWriter.compact().writeBytes(vision);
    WoonzorgValidator validator = WoonzorgValidator.builder().build();
    ObjectReader plain = Baseline.MAPPER.readerFor(Baseline.Vision.class);
    if (!JsonReader.strict().read(json, DocumentType.VISION).equals(vision)) {
      throw new IllegalStateException("the vision does not read back equal");
    }
    CpuRatio.run("read and validate", () -> plain.readValue(json),
        () -> validator.validate(JsonReader.strict().read(json, DocumentType.VISION)), rounds);
  }
}
