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
 * <b>WZ-SMART-M-01</b>: a goal is Measurable: it has a target, an amount with its unit.
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
@BuiltInRule
public final class GoalHasTarget implements GoalRule {

  private static final RuleDefinition DEFINITION = BuiltIn.rule("WZ-SMART-M-01")
      .severity(Severity.WARNING, Severity.ERROR)
      .rationale("Goals rarely get numbers, the seeds find; without a target no one can tell"
          + " whether the goal was met.")
      .source("DOMAIN.md § Prestatieafspraken (SMART); seed 001 (Taskforce Wonen en Zorg), Is"
          + " SMART wel smart?")
      .example("A goal \"Geclusterd wonen\" without a target.")
      .arguments("goalId")
      .build();

  /** Creates the rule; it holds no state. */
  public GoalHasTarget() {}

  @Override
  public RuleDefinition definition() {
    return DEFINITION;
  }

  @Override
  public void check(Goal goal, RuleContext context) {
    if (goal.getTarget().isEmpty()) {
      context.report(JsonPointer.of("target"), null, goal.getId());
    }
  }
}
