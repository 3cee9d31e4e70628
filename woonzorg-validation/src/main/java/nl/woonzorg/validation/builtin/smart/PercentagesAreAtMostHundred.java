package nl.woonzorg.validation.builtin.smart;

import java.math.BigDecimal;
import nl.woonzorg.model.HousingCareVision;
import nl.woonzorg.model.agreement.PerformanceAgreement;
import nl.woonzorg.model.goal.Goal;
import nl.woonzorg.model.quantity.Unit;
import nl.woonzorg.model.report.Severity;
import nl.woonzorg.validation.internal.SharedRule;
import nl.woonzorg.validation.internal.Amounts;
import nl.woonzorg.validation.internal.BuiltIn;
import nl.woonzorg.validation.internal.BuiltInRule;
import nl.woonzorg.validation.rule.AgreementRule;
import nl.woonzorg.validation.rule.GoalRule;
import nl.woonzorg.validation.rule.RuleContext;
import nl.woonzorg.validation.rule.RuleDefinition;
import org.apiguardian.api.API;

/**
 * <b>WZ-SMART-R-03</b>: an amount in percent ({@link Unit#PROCENT}) is at most 100 — wherever
 * goals, agreements, activities and the analysis state one, breakdown parts and yearly slices in
 * the unit of the target they split. It runs on goals and agreements, so a part validated on
 * its own is checked too, and on the vision for the rest.
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
@BuiltInRule
public final class PercentagesAreAtMostHundred implements GoalRule, AgreementRule, SharedRule {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private static final RuleDefinition DEFINITION = BuiltIn.rule("WZ-SMART-R-03")
      .severity(Severity.ERROR)
      .rationale("A share cannot exceed the whole: 23% of the 65-plussers is plausible, 230% is a"
          + " misplaced decimal or a count entered as a percentage.")
      .source("DOMAIN.md § The process (Gemeente A, Analyse: 23%); seed 001 (Taskforce Wonen en"
          + " Zorg)")
      .example("An analysis finding with figure 230 PROCENT.")
      .arguments("percentage")
      .build();

  /** Creates the rule; it holds no state. */
  public PercentagesAreAtMostHundred() {}

  @Override
  public RuleDefinition definition() {
    return DEFINITION;
  }

  @Override
  public void check(Goal goal, RuleContext context) {
    Amounts.walk(goal, reporter(context));
  }

  @Override
  public void check(PerformanceAgreement agreement, RuleContext context) {
    Amounts.walk(agreement, reporter(context));
  }

  @Override
  public void check(HousingCareVision vision, RuleContext context) {
    Amounts.walkOutsideGoalsAndAgreements(vision, reporter(context));
  }

  private static Amounts.Visitor reporter(RuleContext context) {
    return (value, unit, at) -> {
      if (unit == Unit.PROCENT && value.compareTo(HUNDRED) > 0) {
        context.report(at.pointer(), value, value);
      }
    };
  }
}
