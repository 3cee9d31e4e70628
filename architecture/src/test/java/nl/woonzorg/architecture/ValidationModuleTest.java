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

  /**
   * A rule of the consumer's own, written against the rule-author package alone, with its Dutch
   * messages in the consumer's package, opened to the validator as RuleMessages says.
   */
  @Test
  void aConsumerAddsARuleOfItsOwn(@TempDir Path directory) {
    List<String> output = new ConsumerModule(directory, "nl.woonzorg.validation")
        .withResourceOpenTo("nl.woonzorg.validation", "Messages.properties", """
            LOCAL-01.title=Doel heeft een code
            LOCAL-01.message=Doel {0} heeft geen gemeentelijke code.
            """)
        .run("""
        package consumer;

        import nl.woonzorg.model.goal.Goal;
        import nl.woonzorg.model.report.JsonPointer;
        import nl.woonzorg.model.report.Report;
        import nl.woonzorg.model.report.Severity;
        import nl.woonzorg.validation.WoonzorgValidator;
        import nl.woonzorg.validation.rule.GoalRule;
        import nl.woonzorg.validation.rule.RuleContext;
        import nl.woonzorg.validation.rule.RuleDefinition;
        import nl.woonzorg.validation.rule.RuleMessages;

        public class Main {
          static final class GoalHasLocalCode implements GoalRule {
            private static final RuleDefinition DEFINITION = RuleDefinition.builder("LOCAL-01")
                .severity(Severity.WARNING).arguments("goalId")
                .rationale("The municipality files goals by its own code.")
                .source("A municipality's own policy").example("A goal without a code.")
                .messages(RuleMessages.fromResources(Main.class, "Messages"))
                .build();

            @Override
            public RuleDefinition definition() {
              return DEFINITION;
            }

            @Override
            public void check(Goal goal, RuleContext context) {
              context.report(JsonPointer.of("id"), goal.getId(), goal.getId());
            }
          }

          public static void main(String[] args) {
            Report report = WoonzorgValidator.builder().addRule(new GoalHasLocalCode()).build()
                .validate(Goal.builder().id("g").title("Geclusterd wonen").build());
            report.findings("LOCAL-01").forEach(finding -> System.out.println(
                finding.getLocation() + " " + finding.getMessage() + " " + finding.getArguments()));
          }
        }
        """);

    assertEquals(List.of("/id Doel g heeft geen gemeentelijke code. {goalId=g}"), output);
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
