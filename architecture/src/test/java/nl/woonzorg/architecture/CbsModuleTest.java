package nl.woonzorg.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * nl.woonzorg.cbs on the module path: a consumer reads a KWB CSV export and finds a wijk's place
 * in the area hierarchy, whose lists are resources of the analysis and model modules.
 */
class CbsModuleTest {

  @Test
  void aConsumerReadsAKwbExportAndTheHierarchy(@TempDir Path directory) {
    List<String> output = new ConsumerModule(directory, "nl.woonzorg.cbs").run("""
        package consumer;

        import java.io.ByteArrayInputStream;
        import java.nio.charset.StandardCharsets;
        import java.util.List;
        import nl.woonzorg.analysis.population.PopulationMeasure;
        import nl.woonzorg.analysis.population.PopulationTable;
        import nl.woonzorg.analysis.region.AreaHierarchy;
        import nl.woonzorg.cbs.kwb.KwbFormat;
        import nl.woonzorg.cbs.kwb.KwbInput;
        import nl.woonzorg.cbs.kwb.KwbReader;
        import nl.woonzorg.cbs.kwb.KwbTable;

        public class Main {
          public static void main(String[] args) {
            byte[] csv = "WijkenEnBuurten;AantalInwoners_5\\nGM0050    ;.\\n"
                .getBytes(StandardCharsets.UTF_8);
            PopulationTable table = KwbReader.of(KwbTable.of("85984NED", 2024)).readTable(
                KwbFormat.CSV, List.of(KwbInput.of("kwb.csv", () -> new ByteArrayInputStream(csv))));
            System.out.println(table.row("GM0050").orElseThrow()
                .count(PopulationMeasure.INWONERS).orElseThrow() + ", " + table.source());
            System.out.println(AreaHierarchy.netherlands().ancestors("WK005000"));
          }
        }
        """);

    assertEquals(List.of("suppressed, Bron: CBS, tabel 85984NED, peildatum 1-1-2024",
        "[GM0050, CR40, PV24, NL00]"), output);
  }
}
