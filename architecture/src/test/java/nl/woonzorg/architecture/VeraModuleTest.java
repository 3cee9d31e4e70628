package nl.woonzorg.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * nl.woonzorg.vera on the module path: a consumer reads a VERA Eenheid with an unknown property,
 * writes it back unchanged and maps it to a Dwelling (Immutables' generated classes and Jackson
 * both reachable); the reading and writing machinery is not exported.
 */
class VeraModuleTest {

  @Test
  void aConsumerReadsWritesAndMapsAnEenheid(@TempDir Path directory) {
    List<String> output = new ConsumerModule(directory, "nl.woonzorg.vera").run("""
        package consumer;

        import nl.woonzorg.vera.json.VeraReader;
        import nl.woonzorg.vera.json.VeraWriter;
        import nl.woonzorg.vera.mapping.DwellingMapping;
        import nl.woonzorg.vera.unit.VeraUnit;

        public class Main {
          public static void main(String[] args) {
            String json = "{\\"id\\":\\"E-1\\",\\"soort\\":{\\"code\\":\\"WOO\\"},"
                + "\\"woonvorm\\":{\\"code\\":\\"GEC\\"},\\"eigen\\":[1.50]}";
            VeraUnit unit = VeraReader.strict().read(json);
            System.out.println(VeraWriter.compact().write(unit).equals(json));
            System.out.println(DwellingMapping.toDwelling(unit).value().orElseThrow()
                .getHousingForm().orElseThrow().getCode());
            System.out.println(DwellingMapping.toDwelling(unit).unmapped().get(0).pointer());
          }
        }
        """);

    assertEquals(List.of("true", "GEC", "/eigen"), output);
  }

  @Test
  void theMachineryIsNotExported(@TempDir Path directory) {
    new ConsumerModule(directory, "nl.woonzorg.vera")
        .assertNotExported("nl.woonzorg.vera.internal.UnitReading");
  }
}
