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
 * <b>WZ-TYPE-01</b>: an intentieafspraak states its condition and its consequence (intentTerms).
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
@BuiltInRule
public final class IntentAgreementStatesConditionAndConsequence implements AgreementRule {

  private static final RuleDefinition DEFINITION = BuiltIn.rule("WZ-TYPE-01")
      .severity(Severity.WARNING, Severity.ERROR)
      .rationale("An intent agreement is a conditional promise — if location x becomes vacant, it"
          + " is transformed into mixed housing; without the if and the then it promises nothing.")
      .source("DOMAIN.md § Prestatieafspraken (six types); seed 001 (Taskforce Wonen en Zorg),"
          + " Overzicht 2")
      .example("An intentieafspraak without intentTerms.")
      .arguments("agreementId")
      .build();

  /** Creates the rule; it holds no state. */
  public IntentAgreementStatesConditionAndConsequence() {}

  @Override
  public RuleDefinition definition() {
    return DEFINITION;
  }

  @Override
  public void check(PerformanceAgreement agreement, RuleContext context) {
    if (agreement.isOfType(AgreementType.INTENTIEAFSPRAAK)
        && agreement.getIntentTerms().isEmpty()) {
      context.report(JsonPointer.of("intentTerms"), null, agreement.getId());
    }
  }
}
