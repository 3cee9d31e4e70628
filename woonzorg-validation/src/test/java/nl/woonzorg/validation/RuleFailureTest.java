package nl.woonzorg.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import nl.woonzorg.model.fixture.GemeenteA;
import nl.woonzorg.model.goal.Goal;
import nl.woonzorg.model.report.Finding;
import nl.woonzorg.model.report.Report;
import nl.woonzorg.model.report.Severity;
import nl.woonzorg.validation.rule.GoalRule;
import nl.woonzorg.validation.rule.RuleContext;
import nl.woonzorg.validation.rule.RuleDefinition;
import nl.woonzorg.validation.rule.RuleMessages;
import org.junit.jupiter.api.Test;

/** A rule that throws is reported, never passed on: invalid content never makes validate throw. */
class RuleFailureTest {

  /** A local rule with a bug: it assumes every goal has a baseline. */
  static final class BaselineRequiredRule implements GoalRule {

    private static final RuleDefinition DEFINITION = RuleDefinition.builder("GEMEENTE-A-01")
        .severity(Severity.WARNING)
        .rationale("Gemeente A wants a baseline for every goal.")
        .source("Gemeente A, local policy")
        .example("A goal without a baseline.")
        .messages(RuleMessages.fromResources(RuleFailureTest.class, "local-rules"))
        .build();

    @Override
    public RuleDefinition definition() {
      return DEFINITION;
    }

    @Override
    public void check(Goal goal, RuleContext context) {
      goal.getBaseline().orElseThrow();
    }
  }

  static WoonzorgValidator failingValidator() {
    return WoonzorgValidator.builder().addRule(new BaselineRequiredRule()).build();
  }

  @Test
  void aThrowingRuleBecomesAFinding() {
    Report report = failingValidator().validate(GemeenteA.vision());
    List<Finding> failures = report.findings("WZ-ENGINE-01");
    assertEquals(1, failures.size());
    Finding failure = failures.get(0);
    assertEquals("/goals/0", failure.getLocation().toString());
    assertEquals(Severity.ERROR, failure.getSeverity());
    assertEquals("java.util.NoSuchElementException: No value present",
        failure.getValue().orElseThrow());
    assertEquals("Regel GEMEENTE-A-01 faalde op dit deel van de gegevens; het is daarom niet door"
        + " die regel beoordeeld.", failure.getMessage());
  }

  @Test
  void aRuleFailingWithAnErrorIsReportedToo() {
    GoalRule asserting = new GoalRule() {
      @Override
      public RuleDefinition definition() {
        return BaselineRequiredRule.DEFINITION;
      }

      @Override
      public void check(Goal goal, RuleContext context) {
        throw new AssertionError("boom");
      }
    };
    Report report = WoonzorgValidator.builder().addRule(asserting).build()
        .validate(GemeenteA.vision());
    assertEquals(List.of("java.lang.AssertionError: boom"), report.findings("WZ-ENGINE-01").stream()
        .map(f -> f.getValue().orElseThrow()).toList());
  }

  @Test
  void theEngineRuleCannotBeSwitchedOff() {
    IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(
        IllegalArgumentException.class,
        () -> WoonzorgValidator.builder().disable("WZ-ENGINE-01").build());
    assertEquals("WZ-ENGINE-01 cannot be switched off: it reports a rule that failed, and without"
        + " it that rule's checks would vanish", e.getMessage());
  }
}
