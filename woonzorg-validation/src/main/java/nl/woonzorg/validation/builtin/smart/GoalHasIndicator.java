package nl.woonzorg.validation.builtin.smart;

import nl.woonzorg.model.goal.Goal;
import nl.woonzorg.model.report.JsonPointer;
import nl.woonzorg.model.report.Severity;
import nl.woonzorg.validation.internal.BuiltIn;
import nl.woonzorg.validation.internal.BuiltInRule;
import nl.woonzorg.validation.rule.GoalRule;
import nl.woonzorg.validation.rule.RuleContext;
import nl.woonzorg.validation.rule.RuleDefinition;
import org.apiguardian.api.API;

/**
 * <b>WZ-SMART-M-02</b>: a goal is Measurable: it says what is measured, by an indicator in
 * words or a link to a monitoring indicator.
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
@BuiltInRule
public final class GoalHasIndicator implements GoalRule {

  private static final RuleDefinition DEFINITION = BuiltIn.rule("WZ-SMART-M-02")
      .severity(Severity.WARNING, Severity.ERROR)
      .rationale("Borging follows goals by indicators such as the number of clustered homes; a"
          + " goal without one cannot be monitored.")
      .source("DOMAIN.md § Borging; seed 001 (Taskforce Wonen en Zorg), Borging")
      .example("A goal with a target but neither indicator nor indicatorId.")
      .arguments("goalId")
      .build();

  /** Creates the rule; it holds no state. */
  public GoalHasIndicator() {}

  @Override
  public RuleDefinition definition() {
    return DEFINITION;
  }

  @Override
  public void check(Goal goal, RuleContext context) {
    if (goal.getIndicator().isEmpty() && goal.getIndicatorId().isEmpty()) {
      context.report(JsonPointer.of("indicator"), null, goal.getId());
    }
  }
}
