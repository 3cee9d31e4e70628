package nl.woonzorg.benchmarks;

import java.util.Arrays;
import nl.woonzorg.io.json.JsonWriter;
import nl.woonzorg.model.HousingCareVision;
import tools.jackson.databind.ObjectWriter;

/**
 * The document write's ratio on a loaded machine: the thread CPU time and the bytes allocated
 * per write of {@link Workloads#vision()}, woonzorg's {@link JsonWriter} against the baseline's
 * databind writing the same bytes ({@link Baseline}), alternating every 50 ms so that both meet
 * the same load ({@link CpuRatio}). Prints each round (40 pairs of slices) and the median ratio.
 */
public final class WriteCpu {

  private WriteCpu() {}

  /**
   * Runs the comparison.
   *
   * @param args the number of rounds, 7 unless given
   */
  public static void main(String[] args) {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 7;
    HousingCareVision vision = Workloads.vision();
    byte[] json = JsonWriter.compact().writeBytes(vision);
    ObjectWriter writer = Baseline.MAPPER.writerFor(Baseline.Vision.class);
    Baseline.Vision plain = Baseline.MAPPER.readerFor(Baseline.Vision.class).readValue(json);
    if (!Arrays.equals(writer.writeValueAsBytes(plain), json)) {
      throw new IllegalStateException("the baseline does not write the library's bytes");
    }
    CpuRatio.run("write", () -> writer.writeValueAsBytes(plain),
        () -> JsonWriter.compact().writeBytes(vision), rounds);
  }
}
