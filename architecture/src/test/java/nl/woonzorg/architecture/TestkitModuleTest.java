package nl.woonzorg.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import nl.woonzorg.io.json.WoonzorgJson;
import nl.woonzorg.testkit.Samples;
import nl.woonzorg.testkit.gen.WoonzorgGen;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * nl.woonzorg.testkit on the module path: its generators draw, through QuickTheories, the same
 * samples as on the class path this test runs on, and they conform.
 */
class TestkitModuleTest {

  @Test
  void aConsumerDrawsTheSameSamplesAsTheClassPath(@TempDir Path directory) {
    List<String> output =
        new ConsumerModule(directory, "nl.woonzorg.testkit", "nl.woonzorg.io").run("""
        package consumer;

        import nl.woonzorg.io.json.WoonzorgJson;
        import nl.woonzorg.model.dwelling.Dwelling;
        import nl.woonzorg.testkit.Samples;
        import nl.woonzorg.testkit.assertion.WoonzorgAssertions;
        import nl.woonzorg.testkit.gen.WoonzorgGen;

        public class Main {
          public static void main(String[] args) {
            for (Dwelling dwelling : Samples.of(WoonzorgGen.dwellings(), 42).take(3)) {
              WoonzorgAssertions.assertConform(dwelling);
              System.out.println(WoonzorgJson.write(dwelling));
            }
          }
        }
        """);

    assertEquals(Samples.of(WoonzorgGen.dwellings(), 42).take(3).stream()
        .map(WoonzorgJson::write).toList(), output);
  }
}
