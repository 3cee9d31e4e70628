package nl.woonzorg.validation.builtin.smart;

import java.math.BigDecimal;
import java.util.Optional;
import nl.woonzorg.model.goal.Breakdown;
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
 * <b>WZ-SMART-R-01</b>: a goal's breakdowns add up to its target: each breakdown's parts, per
 * construction mode, location, year or any other dimension, sum to the target — or to 100 when
 * they are percentage shares ({@link Breakdown#expectedTotal(Quantity)}).
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
@BuiltInRule
public final class BreakdownAddsUpToTarget implements GoalRule {

  private static final RuleDefinition DEFINITION = BuiltIn.rule("WZ-SMART-R-01")
      .severity(Severity.ERROR)
      .rationale("The Taskforce’s own example splits 110 clustered units into 80 new-build and 30"
          + " in existing buildings; parts that do not add up make the goal contradict itself.")
      .source("DOMAIN.md § The process (Gemeente A, Afspraak); seed 001 (Taskforce Wonen en Zorg),"
          + " Gemeente A")
      .example("Target 110 WONINGEN with a BOUWWIJZE breakdown of 80 + 20.")
      .arguments("goalId", "dimension", "total", "target")
      .build();

  /** Creates the rule; it holds no state. */
  public BreakdownAddsUpToTarget() {}

  @Override
  public RuleDefinition definition() {
    return DEFINITION;
  }

  @Override
  public void check(Goal goal, RuleContext context) {
    if (goal.getTarget().isEmpty()) {
      return;
    }
    Quantity target = goal.getTarget().get();
    for (int i = 0; i < goal.getBreakdowns().size(); i++) {
      Breakdown breakdown = goal.getBreakdowns().get(i);
      BigDecimal total = breakdown.total();
      Optional<BigDecimal> expected = breakdown.expectedTotal(target);
      if (!breakdown.getParts().isEmpty() && expected.isPresent()
          && total.compareTo(expected.get()) != 0) {
        context.report(JsonPointer.of("breakdowns").append(i), total, goal.getId(),
            breakdown.getDimension(), total, expected.get());
      }
    }
  }
}
