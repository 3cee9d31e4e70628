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
 * <b>WZ-SMART-T-03</b>: a handelings-, garantie- or transactieafspraak is Time-bound: it has a
 * deadline or a period.
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
@BuiltInRule
public final class BindingAgreementIsTimeBound implements AgreementRule {

  private static final RuleDefinition DEFINITION = BuiltIn.rule("WZ-SMART-T-03")
      .severity(Severity.WARNING, Severity.ERROR)
      .rationale("Handelings-, garantie- and transactieafspraken commit parties to action; the"
          + " seed demands that they make clear who does what and when, so each must be SMART."
          + " Time-bound: by when.")
      .source("DOMAIN.md § Prestatieafspraken (SMART); seed 001 (Taskforce Wonen en Zorg),"
          + " Is SMART wel smart?")
      .example("A handelingsafspraak with neither deadline nor period.")
      .arguments("agreementId", "agreementType")
      .build();

  /** Creates the rule; it holds no state. */
  public BindingAgreementIsTimeBound() {}

  @Override
  public RuleDefinition definition() {
    return DEFINITION;
  }

  @Override
  public void check(PerformanceAgreement agreement, RuleContext context) {
    if (AgreementCriteria.binding(agreement) && !AgreementCriteria.timeBound(agreement)) {
      context.report(JsonPointer.of("deadline"), null, agreement.getId(),
          agreement.getType().orElseThrow());
    }
  }
}
