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
 * <b>WZ-SMART-T-01</b>: a goal is Time-bound: it has a deadline.
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
@BuiltInRule
public final class GoalHasDeadline implements GoalRule {

  private static final RuleDefinition DEFINITION = BuiltIn.rule("WZ-SMART-T-01")
      .severity(Severity.WARNING, Severity.ERROR)
      .rationale("The seeds list planning among what goals most often lack; without a deadline a"
          + " goal can never be late.")
      .source("DOMAIN.md § Prestatieafspraken (SMART); seed 001 (Taskforce Wonen en Zorg), Is"
          + " SMART wel smart?")
      .example("A goal with a target but no deadline.")
      .arguments("goalId")
      .build();

  /** Creates the rule; it holds no state. */
  public GoalHasDeadline() {}

  @Override
  public RuleDefinition definition() {
    return DEFINITION;
  }

  @Override
  public void check(Goal goal, RuleContext context) {
    if (goal.getDeadline().isEmpty()) {
      context.report(JsonPointer.of("deadline"), null, goal.getId());
    }
  }
}
