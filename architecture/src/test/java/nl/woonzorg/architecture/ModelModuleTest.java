package nl.woonzorg.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** nl.woonzorg.model on the module path: its value types build, and its reference data loads. */
class ModelModuleTest {

  @Test
  void aConsumerBuildsAGoalAndLooksUpAMunicipality(@TempDir Path directory) {
    List<String> output = new ConsumerModule(directory, "nl.woonzorg.model").run("""
        package consumer;

        import nl.woonzorg.model.area.Municipalities;
        import nl.woonzorg.model.goal.Goal;
        import nl.woonzorg.model.quantity.Quantity;
        import nl.woonzorg.model.quantity.Unit;

        public class Main {
          public static void main(String[] args) {
            Goal goal = Goal.builder().id("geclusterd").title("110 geclusterde wooneenheden")
                .target(Quantity.of(110, Unit.WONINGEN)).build();
            System.out.println(goal.getId() + " " + goal.getTarget().orElseThrow().getValue());
            System.out.println(Municipalities.get("GM0034").getName());
          }
        }
        """);

    assertEquals(List.of("geclusterd 110", "Almere"), output);
  }

  @Test
  void theImmutablesStyleIsNotExported(@TempDir Path directory) {
    new ConsumerModule(directory, "nl.woonzorg.model")
        .assertNotExported("nl.woonzorg.model.style.WoonzorgStyle");
  }
}
