package nl.woonzorg.validation.builtin.smart;

import java.math.BigDecimal;
import nl.woonzorg.model.goal.Goal;
import nl.woonzorg.model.quantity.Quantity;
import nl.woonzorg.model.report.JsonPointer;
import nl.woonzorg.model.report.Severity;
import nl.woonzorg.validation.internal.BuiltIn;
import nl.woonzorg.validation.internal.BuiltInRule;
import nl.woonzorg.validation.rule.GoalRule;
import nl.woonzorg.validation.rule.RuleContext;
import nl.woonzorg.validation.rule.RuleDefinition;
import org.apiguardian.api.API;

/**
 * <b>WZ-SMART-R-04</b>: a goal's target is plausible against its baseline: it differs from the
 * baseline, and is at most ten times a positive baseline. Advice only.
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
@BuiltInRule
public final class TargetIsPlausibleAgainstBaseline implements GoalRule {

  private static final RuleDefinition DEFINITION = BuiltIn.rule("WZ-SMART-R-04")
      .severity(Severity.INFO)
      .rationale("A target equal to the baseline asks for nothing; one more than ten times the"
          + " baseline is usually a typing error or a unit mix-up. Neither is certainly wrong, so"
          + " this is advice.")
      .source("DOMAIN.md § Prestatieafspraken (SMART); seed 001 (Taskforce Wonen en Zorg), Is"
          + " SMART wel smart?")
      .example("Baseline 12 WONINGEN, target 1200 WONINGEN.")
      .arguments("goalId", "target", "baseline")
      .build();

  /** Creates the rule; it holds no state. */
  public TargetIsPlausibleAgainstBaseline() {}

  @Override
  public RuleDefinition definition() {
    return DEFINITION;
  }

  private static final BigDecimal FACTOR = BigDecimal.TEN;

  @Override
  public void check(Goal goal, RuleContext context) {
    if (goal.getTarget().isEmpty() || goal.getBaseline().isEmpty()) {
      return;
    }
    Quantity target = goal.getTarget().get();
    Quantity baseline = goal.getBaseline().get();
    if (target.getUnit() != baseline.getUnit()) {
      return;
    }
    boolean same = target.getValue().compareTo(baseline.getValue()) == 0;
    boolean leap = baseline.getValue().signum() > 0
        && target.getValue().compareTo(baseline.getValue().multiply(FACTOR)) > 0;
    if (same || leap) {
      context.report(JsonPointer.of("target"), target, goal.getId(), target, baseline);
    }
  }
}
