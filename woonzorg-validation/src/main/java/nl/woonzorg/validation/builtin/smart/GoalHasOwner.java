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
 * <b>WZ-SMART-A-01</b>: a goal is Acceptable: it names the parties that own it.
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
@BuiltInRule
public final class GoalHasOwner implements GoalRule {

  private static final RuleDefinition DEFINITION = BuiltIn.rule("WZ-SMART-A-01")
      .severity(Severity.WARNING, Severity.ERROR)
      .rationale("A goal that no party owns is accepted by no one; the seeds ask who does what.")
      .source("DOMAIN.md § Prestatieafspraken (SMART); seed 001 (Taskforce Wonen en Zorg), Is"
          + " SMART wel smart?")
      .example("A goal with empty ownerPartyIds.")
      .arguments("goalId")
      .build();

  /** Creates the rule; it holds no state. */
  public GoalHasOwner() {}

  @Override
  public RuleDefinition definition() {
    return DEFINITION;
  }

  @Override
  public void check(Goal goal, RuleContext context) {
    if (goal.getOwnerPartyIds().isEmpty()) {
      context.report(JsonPointer.of("ownerPartyIds"), null, goal.getId());
    }
  }
}
