package nl.woonzorg.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * nl.woonzorg.io on the module path: Jackson writes and reads the model (through the classes
 * Immutables generates), the reader finds its schemas, and so does a consumer through {@code
 * WireSchema}; the parser and binder machinery is not exported.
 */
class IoModuleTest {

  @Test
  void aConsumerWritesAndReadsAGoal(@TempDir Path directory) {
    List<String> output = new ConsumerModule(directory, "nl.woonzorg.io").run("""
        package consumer;

        import nl.woonzorg.io.WireSchema;
        import nl.woonzorg.io.json.WoonzorgJson;
        import nl.woonzorg.model.document.DocumentType;
        import nl.woonzorg.model.goal.Goal;

        public class Main {
          public static void main(String[] args) {
            Goal goal = Goal.builder().id("geclusterd").title("Geclusterd wonen").build();
            String json = WoonzorgJson.write(goal);
            System.out.println(json);
            System.out.println(WoonzorgJson.read(json, DocumentType.GOAL).equals(goal));
            System.out.println(WireSchema.text(DocumentType.GOAL).contains("2020-12"));
          }
        }
        """);

    assertEquals(List.of(
        "{\"formatVersion\":\"1.1\",\"documentType\":\"goal\",\"id\":\"geclusterd\",\"title\":\"Geclusterd wonen\",\"scope\":{}}",
        "true", "true"), output);
  }

  @Test
  void theMachineryIsNotExported(@TempDir Path directory) {
    new ConsumerModule(directory, "nl.woonzorg.io")
        .assertNotExported("nl.woonzorg.io.internal.WireMapper");
  }
}
