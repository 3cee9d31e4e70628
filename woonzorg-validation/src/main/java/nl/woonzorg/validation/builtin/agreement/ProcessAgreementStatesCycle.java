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
 * <b>WZ-TYPE-05</b>: a procesafspraak states its cycle: how the parties consult, plan, monitor,
 * evaluate and decide (processTerms).
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
@BuiltInRule
public final class ProcessAgreementStatesCycle implements AgreementRule {

  private static final RuleDefinition DEFINITION = BuiltIn.rule("WZ-TYPE-05")
      .severity(Severity.WARNING, Severity.ERROR)
      .rationale("A process agreement fixes how parties work together — twice a year"
          + " administrative consultation, renewal every two years, evaluation after four; without"
          + " its cycle it fixes nothing.")
      .source("DOMAIN.md § Prestatieafspraken (six types); seed 001 (Taskforce Wonen en Zorg),"
          + " Overzicht 2")
      .example("A procesafspraak without processTerms.")
      .arguments("agreementId")
      .build();

  /** Creates the rule; it holds no state. */
  public ProcessAgreementStatesCycle() {}

  @Override
  public RuleDefinition definition() {
    return DEFINITION;
  }

  @Override
  public void check(PerformanceAgreement agreement, RuleContext context) {
    if (agreement.isOfType(AgreementType.PROCESAFSPRAAK)
        && agreement.getProcessTerms().isEmpty()) {
      context.report(JsonPointer.of("processTerms"), null, agreement.getId());
    }
  }
}
