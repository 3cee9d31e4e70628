package nl.woonzorg.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spring Boot starter's module descriptor on the module path: a consumer that requires only
 * {@code nl.woonzorg.spring.boot} reaches the starter's API and, through its transitive requires,
 * io's reader and the validator, and checks a goal in English.
 */
class SpringBootStarterModuleTest {

  @Test
  void aConsumerThatRequiresOnlyTheStarterReadsIoAndTheValidatorThroughIt(@TempDir Path directory) {
    List<String> output = new ConsumerModule(directory, "nl.woonzorg.spring.boot").run("""
        package consumer;

        import java.util.Locale;
        import nl.woonzorg.io.json.JsonReader;
        import nl.woonzorg.model.document.DocumentType;
        import nl.woonzorg.model.goal.Goal;
        import nl.woonzorg.spring.boot.validation.WoonzorgValidators;
        import nl.woonzorg.validation.WoonzorgValidator;
        import nl.woonzorg.validation.rule.Profile;

        public class Main {
          public static void main(String[] args) {
            WoonzorgValidators validators = WoonzorgValidators.of(Profile.VASTGESTELD,
                Locale.ENGLISH, (profile, locale) ->
                    WoonzorgValidator.builder().profile(profile).locale(locale).build());
            Goal goal = JsonReader.strict().read(
                "{\\"formatVersion\\":\\"1.0\\",\\"id\\":\\"doel-meer\\",\\"title\\":\\"Meer\\"}",
                DocumentType.GOAL);
            System.out.println(validators.localeFor("nl-BE, en;q=0.5"));
            System.out.println(validators.get().validate(goal)
                .findings("WZ-SMART-M-01").get(0).getMessage());
          }
        }
        """);

    assertEquals(List.of("nl", "Goal doel-meer has no target."), output);
  }
}
