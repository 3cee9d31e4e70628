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
 * <b>WZ-SMART-T-04</b>: a proces- or intentieafspraak is advised to be Time-bound: to have a
 * deadline or a period.
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
@BuiltInRule
public final class AdvisoryAgreementIsTimeBound implements AgreementRule {

  private static final RuleDefinition DEFINITION = BuiltIn.rule("WZ-SMART-T-04")
      .severity(Severity.INFO, Severity.WARNING)
      .rationale("The seed accepts that a process or intent agreement cannot always be SMART yet,"
          + " but advises it; so this is a warning, never an error. Time-bound: by when.")
      .source("DOMAIN.md § Prestatieafspraken (SMART); seed 001 (Taskforce Wonen en Zorg),"
          + " Is SMART wel smart?")
      .example("An intentieafspraak with neither deadline nor period.")
      .arguments("agreementId", "agreementType")
      .build();

  /** Creates the rule; it holds no state. */
  public AdvisoryAgreementIsTimeBound() {}

  @Override
  public RuleDefinition definition() {
    return DEFINITION;
  }

  @Override
  public void check(PerformanceAgreement agreement, RuleContext context) {
    if (AgreementCriteria.advisory(agreement) && !AgreementCriteria.timeBound(agreement)) {
      context.report(JsonPointer.of("deadline"), null, agreement.getId(),
          agreement.getType().orElseThrow());
    }
  }
}
