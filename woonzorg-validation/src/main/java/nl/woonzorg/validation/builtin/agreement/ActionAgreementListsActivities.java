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
 * <b>WZ-TYPE-07</b>: a handelingsafspraak lists the activities it plans or coordinates, in its
 * actionTerms or as measures.
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
@BuiltInRule
public final class ActionAgreementListsActivities implements AgreementRule {

  private static final RuleDefinition DEFINITION = BuiltIn.rule("WZ-TYPE-07")
      .severity(Severity.WARNING, Severity.ERROR)
      .rationale("An action agreement plans or coordinates activities — in the week against"
          + " loneliness care organisations A and B organise meetings; one that names no activity"
          + " plans nothing.")
      .source("DOMAIN.md § Prestatieafspraken (six types); seed 001 (Taskforce Wonen en Zorg),"
          + " Overzicht 2")
      .example("A handelingsafspraak with neither actionTerms activities nor measures.")
      .arguments("agreementId")
      .build();

  /** Creates the rule; it holds no state. */
  public ActionAgreementListsActivities() {}

  @Override
  public RuleDefinition definition() {
    return DEFINITION;
  }

  @Override
  public void check(PerformanceAgreement agreement, RuleContext context) {
    if (!agreement.isOfType(AgreementType.HANDELINGSAFSPRAAK)
        || !agreement.getMeasures().isEmpty()) {
      return;
    }
    boolean listed = agreement.getActionTerms()
        .map(terms -> !terms.getActivities().isEmpty())
        .orElse(false);
    if (!listed) {
      context.report(JsonPointer.of("actionTerms"), null, agreement.getId());
    }
  }
}
