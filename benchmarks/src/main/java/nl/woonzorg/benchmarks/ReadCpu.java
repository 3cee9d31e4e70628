package nl.woonzorg.benchmarks;

import nl.woonzorg.io.json.JsonReader;
import nl.woonzorg.io.json.JsonWriter;
import nl.woonzorg.model.HousingCareVision;
import nl.woonzorg.model.document.DocumentType;
import tools.jackson.databind.ObjectReader;

/**
 * The document read's ratio on a loaded machine, as {@link WriteCpu} measures the write ({@link CpuRatio}): the
 * thread CPU time and the bytes allocated per read of {@link Workloads#vision()}'s compact bytes,
 * woonzorg's strict {@link JsonReader} (schema-checked, located problems) against the baseline's
 * databind reading the same bytes into plain records ({@link Baseline}), alternating every 50 ms.
 */
public final class ReadCpu {

  private ReadCpu() {}

  /**
   * Runs the comparison.
   *
   * @param args the number of rounds, 7 unless given
   */
  public static void main(String[] args) {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 7;
    HousingCareVision vision = Workloads.vision();
    byte[] json = JsonWriter.compact().writeBytes(vision);
    ObjectReader reader = Baseline.MAPPER.readerFor(Baseline.Vision.class);
    if (!JsonReader.strict().read(json, DocumentType.VISION).equals(vision)) {
      throw new IllegalStateException("the vision does not read back equal");
    }
    CpuRatio.run("read", () -> reader.readValue(json),
        () -> JsonReader.strict().read(json, DocumentType.VISION), rounds);
  }
}
