package nl.woonzorg.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * nl.woonzorg.validation on the module path: Hibernate Validator checks the model's constraints
 * (cascading into a goal) and the built-in rules run, set through the rule-author package; the
 * built-in rule classes and their support code are not exported.
 */
class ValidationModuleTest {

  @Test
  void aConsumerValidatesAVision(@TempDir Path directory) {
    List<String> output = new ConsumerModule(directory, "nl.woonzorg.validation").run("""
        package consumer;

        import nl.woonzorg.model.HousingCareVision;
        import nl.woonzorg.model.area.Area;
        import nl.woonzorg.model.area.AreaType;
        import nl.woonzorg.model.goal.Goal;
        import nl.woonzorg.model.report.Report;
        import nl.woonzorg.model.time.YearPeriod;
        import nl.woonzorg.validation.WoonzorgValidator;
        import nl.woonzorg.validation.rule.Profile;

        public class Main {
          public static void main(String[] args) {
            HousingCareVision vision = HousingCareVision.builder()
                .id("wzv").title("Woonzorgvisie")
                .area(Area.of("gemeente-a", AreaType.GEMEENTE, "Gemeente A"))
                .period(YearPeriod.of(2021, 2025))
                .addGoals(Goal.builder().id("g").title(" ").build())
                .build();
            Report report = WoonzorgValidator.builder().profile(Profile.VASTGESTELD).build()
                .validate(vision);
            for (String rule : new String[] {"WZ-BEAN-NOTBLANK", "WZ-SMART-T-01"}) {
              report.findings(rule).forEach(finding -> System.out.println(
                  finding.getRuleId() + " " + finding.getLocation()));
            }
          }
        }
        """);

    assertEquals(List.of("WZ-BEAN-NOTBLANK /goals/0/title", "WZ-SMART-T-01 /goals/0/deadline"), output);
  }

  @Test
  void theInternalsAreNotExported(@TempDir Path directory) {
    new ConsumerModule(directory, "nl.woonzorg.validation")
        .assertNotExported("nl.woonzorg.validation.internal.BuiltIn");
  }

  @Test
  void theRuleImplementationsAreNotExported(@TempDir Path directory) {
    new ConsumerModule(directory, "nl.woonzorg.validation")
        .assertNotExported("nl.woonzorg.validation.builtin.smart.AdvisoryAgreementHasOwner");
  }
}
