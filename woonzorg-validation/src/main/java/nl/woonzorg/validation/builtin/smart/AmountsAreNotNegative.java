package nl.woonzorg.validation.builtin.smart;

import nl.woonzorg.model.HousingCareVision;
import nl.woonzorg.model.agreement.PerformanceAgreement;
import nl.woonzorg.model.goal.Goal;
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
 * <b>WZ-SMART-R-02</b>: stated amounts are not negative — targets, baselines, criteria and
 * breakdown parts of goals, targets and yearly slices of agreements, outputs and breakdown parts of
 * activities, and the analysis's figures. It runs on goals and agreements, so a part validated on
 * its own is checked too, and on the vision for the rest.
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
@BuiltInRule
public final class AmountsAreNotNegative implements GoalRule, AgreementRule, SharedRule {

  private static final RuleDefinition DEFINITION = BuiltIn.rule("WZ-SMART-R-02")
      .severity(Severity.ERROR)
      .rationale("Homes, places and meeting rooms are counted, never negative; a negative amount"
          + " is a sign error that makes sums and progress meaningless.")
      .source("DOMAIN.md § Prestatieafspraken (SMART: realistic)")
      .example("A yearly slice of -20 WONINGEN.")
      .arguments("amount")
      .build();

  /** Creates the rule; it holds no state. */
  public AmountsAreNotNegative() {}

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
      if (value.signum() < 0) {
        context.report(at.pointer(), value, value);
      }
    };
  }

}
