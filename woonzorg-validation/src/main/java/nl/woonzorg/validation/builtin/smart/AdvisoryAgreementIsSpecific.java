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
 * <b>WZ-SMART-S-03</b>: a proces- or intentieafspraak is advised to be Specific: to name the
 * goals it serves, the agreements it builds on, or its topic.
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
@BuiltInRule
public final class AdvisoryAgreementIsSpecific implements AgreementRule {

  private static final RuleDefinition DEFINITION = BuiltIn.rule("WZ-SMART-S-03")
      .severity(Severity.INFO, Severity.WARNING)
      .rationale("The seed accepts that a process or intent agreement cannot always be SMART yet,"
          + " but advises it; so this is a warning, never an error. Specific: what it is about.")
      .source("DOMAIN.md § Prestatieafspraken (SMART); seed 001 (Taskforce Wonen en Zorg),"
          + " Is SMART wel smart?")
      .example("A procesafspraak with no goalIds, no relatedAgreementIds and no topic.")
      .arguments("agreementId", "agreementType")
      .build();

  /** Creates the rule; it holds no state. */
  public AdvisoryAgreementIsSpecific() {}

  @Override
  public RuleDefinition definition() {
    return DEFINITION;
  }

  @Override
  public void check(PerformanceAgreement agreement, RuleContext context) {
    if (AgreementCriteria.advisory(agreement) && !AgreementCriteria.specific(agreement)) {
      context.report(JsonPointer.of("goalIds"), null, agreement.getId(),
          agreement.getType().orElseThrow());
    }
  }
}
