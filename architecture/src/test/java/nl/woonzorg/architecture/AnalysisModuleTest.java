package nl.woonzorg.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** nl.woonzorg.analysis on the module path: a consumer counts the supply of a small stock. */
class AnalysisModuleTest {

  @Test
  void aConsumerCountsTheSupplyPerMunicipality(@TempDir Path directory) {
    List<String> output = new ConsumerModule(directory, "nl.woonzorg.analysis").run("""
        package consumer;

        import java.util.List;
        import nl.woonzorg.analysis.supply.SupplyTally;
        import nl.woonzorg.model.area.AreaType;
        import nl.woonzorg.model.dwelling.Dwelling;
        import nl.woonzorg.model.vera.UnitKind;

        public class Main {
          public static void main(String[] args) {
            Dwelling dwelling = Dwelling.builder().from(Dwelling.of("eenheid-1", UnitKind.WOONRUIMTE))
                .municipalityCode("GM0344").build();
            SupplyTally tally = SupplyTally.of(AreaType.GEMEENTE, List.of(dwelling));
            System.out.println(tally.areas().keySet() + " " + tally.areas().get("GM0344").total());
          }
        }
        """);

    assertEquals(List.of("[GM0344] 1"), output);
  }
}
