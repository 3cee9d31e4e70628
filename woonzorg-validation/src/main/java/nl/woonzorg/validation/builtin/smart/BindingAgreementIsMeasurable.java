package nl.woonzorg.validation.builtin.smart;

import nl.woonzorg.model.agreement.PerformanceAgreement;
import nl.woonzorg.model.report.JsonPointer;
import nl.woonzorg.model.report.Severity;
import nl.woonzorg.validation.internal.BuiltIn;
import nl.woonzorg.validation.internal.BuiltInRule;
import nl.woonzorg.validation.rule.AgreementRule;
import nl.woonzorg.validation.rule.RuleContext;
import nl.woonzorg.validation.rule.RuleDefinition;
import org.apiguardian.api.API;

/**
 * <b>WZ-SMART-M-03</b>: a handelings-, garantie- or transactieafspraak is Measurable: it has a
 * target, an indicator that follows it, or serves a goal with a target.
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
@BuiltInRule
public final class BindingAgreementIsMeasurable implements AgreementRule {

  private static final RuleDefinition DEFINITION = BuiltIn.rule("WZ-SMART-M-03")
      .severity(Severity.WARNING, Severity.ERROR)
      .rationale("Handelings-, garantie- and transactieafspraken commit parties to action; the"
          + " seed demands that they make clear who does what and when, so each must be SMART."
          + " Measurable: how much, and how it is followed.")
      .source("DOMAIN.md § Prestatieafspraken (SMART); seed 001 (Taskforce Wonen en Zorg),"
          + " Is SMART wel smart?")
      .example("A garantieafspraak with a target but no indicatorIds and no goal with an indicator.")
      .arguments("agreementId", "agreementType")
      .build();

  /** Creates the rule; it holds no state. */
  public BindingAgreementIsMeasurable() {}

  @Override
  public RuleDefinition definition() {
    return DEFINITION;
  }

  @Override
  public void check(PerformanceAgreement agreement, RuleContext context) {
    if (AgreementCriteria.binding(agreement)
        && !AgreementCriteria.measurable(agreement, context)) {
      context.report(JsonPointer.of("target"), null, agreement.getId(),
          agreement.getType().orElseThrow());
    }
  }
}
