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
 * <b>WZ-SMART-R-05</b>: a goal's baseline is in the unit of its target.
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
@BuiltInRule
public final class BaselineHasTargetUnit implements GoalRule {

  private static final RuleDefinition DEFINITION = BuiltIn.rule("WZ-SMART-R-05")
      .severity(Severity.ERROR)
      .rationale("A baseline is the starting point of the target; in another unit the two cannot"
          + " be compared, and progress cannot be measured.")
      .source("DOMAIN.md § Prestatieafspraken (SMART); seed 001 (Taskforce Wonen en Zorg), Is"
          + " SMART wel smart?")
      .example("Target 110 WONINGEN with baseline 23 PROCENT.")
      .arguments("goalId", "targetUnit")
      .build();

  /** Creates the rule; it holds no state. */
  public BaselineHasTargetUnit() {}

  @Override
  public RuleDefinition definition() {
    return DEFINITION;
  }

  @Override
  public void check(Goal goal, RuleContext context) {
    if (goal.getTarget().isPresent() && goal.getBaseline().isPresent()
        && goal.getTarget().get().getUnit() != goal.getBaseline().get().getUnit()) {
      context.report(JsonPointer.of("baseline"), goal.getBaseline().get(), goal.getId(),
          goal.getTarget().get().getUnit());
    }
  }
}
