package nl.woonzorg.validation.builtin.agreement;

import nl.woonzorg.model.agreement.AgreementType;
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
 * <b>WZ-TYPE-04</b>: a garantieafspraak states its obligation and who bears the cost
 * (guaranteeTerms with costBearerPartyIds).
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
@BuiltInRule
public final class GuaranteeAgreementNamesCostBearers implements AgreementRule {

  private static final RuleDefinition DEFINITION = BuiltIn.rule("WZ-TYPE-04")
      .severity(Severity.WARNING, Severity.ERROR)
      .rationale("A guarantee is to be honoured at all times — on eviction after leaving an"
          + " institution, municipality, shelter organisation and corporation share the costs; a"
          + " guarantee without a cost bearer is not honoured by anyone.")
      .source("DOMAIN.md § Prestatieafspraken (six types); seed 001 (Taskforce Wonen en Zorg),"
          + " Overzicht 2")
      .example("A garantieafspraak whose guaranteeTerms name no costBearerPartyIds.")
      .arguments("agreementId")
      .build();

  /** Creates the rule; it holds no state. */
  public GuaranteeAgreementNamesCostBearers() {}

  @Override
  public RuleDefinition definition() {
    return DEFINITION;
  }

  @Override
  public void check(PerformanceAgreement agreement, RuleContext context) {
    if (!agreement.isOfType(AgreementType.GARANTIEAFSPRAAK)) {
      return;
    }
    if (agreement.getGuaranteeTerms().isEmpty()) {
      context.report(JsonPointer.of("guaranteeTerms"), null, agreement.getId());
    } else if (agreement.getGuaranteeTerms().get().getCostBearerPartyIds().isEmpty()) {
      context.report(JsonPointer.of("guaranteeTerms", "costBearerPartyIds"), null,
          agreement.getId());
    }
  }
}
