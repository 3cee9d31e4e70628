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
 * <b>WZ-SMART-A-03</b>: a handelings-, garantie- or transactieafspraak is Acceptable: a party
 * leads it (TREKKER) or carries it out (UITVOERDER).
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
@BuiltInRule
public final class BindingAgreementHasOwner implements AgreementRule {

  private static final RuleDefinition DEFINITION = BuiltIn.rule("WZ-SMART-A-03")
      .severity(Severity.WARNING, Severity.ERROR)
      .rationale("Handelings-, garantie- and transactieafspraken commit parties to action; the"
          + " seed demands that they make clear who does what and when, so each must be SMART."
          + " Acceptable: a party that takes it on as its own.")
      .source("DOMAIN.md § Prestatieafspraken (SMART); seed 001 (Taskforce Wonen en Zorg),"
          + " Is SMART wel smart?")
      .example("A transactieafspraak whose parties are only ONDERTEKENAAR.")
      .arguments("agreementId", "agreementType")
      .build();

  /** Creates the rule; it holds no state. */
  public BindingAgreementHasOwner() {}

  @Override
  public RuleDefinition definition() {
    return DEFINITION;
  }

  @Override
  public void check(PerformanceAgreement agreement, RuleContext context) {
    if (AgreementCriteria.binding(agreement) && !AgreementCriteria.owned(agreement)) {
      context.report(JsonPointer.of("parties"), null, agreement.getId(),
          agreement.getType().orElseThrow());
    }
  }
}
