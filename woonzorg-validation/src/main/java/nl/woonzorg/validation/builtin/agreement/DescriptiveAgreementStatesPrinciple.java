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
 * <b>WZ-TYPE-06</b>: a beschrijvende afspraak states the principle or position it records
 * (descriptiveTerms).
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
@BuiltInRule
public final class DescriptiveAgreementStatesPrinciple implements AgreementRule {

  private static final RuleDefinition DEFINITION = BuiltIn.rule("WZ-TYPE-06")
      .severity(Severity.WARNING, Severity.ERROR)
      .rationale("A descriptive agreement records a principle — verzorgd wonen is the guiding"
          + " concept for senior housing; without the statement there is nothing recorded.")
      .source("DOMAIN.md § Prestatieafspraken (six types); seed 001 (Taskforce Wonen en Zorg),"
          + " Overzicht 2")
      .example("A beschrijvende afspraak without descriptiveTerms.")
      .arguments("agreementId")
      .build();

  /** Creates the rule; it holds no state. */
  public DescriptiveAgreementStatesPrinciple() {}

  @Override
  public RuleDefinition definition() {
    return DEFINITION;
  }

  @Override
  public void check(PerformanceAgreement agreement, RuleContext context) {
    if (agreement.isOfType(AgreementType.BESCHRIJVENDE_AFSPRAAK)
        && agreement.getDescriptiveTerms().isEmpty()) {
      context.report(JsonPointer.of("descriptiveTerms"), null, agreement.getId());
    }
  }
}
