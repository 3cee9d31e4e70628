package nl.woonzorg.validation.builtin.agreement;

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
 * <b>WZ-TYPE-08</b>: an agreement says which of the six types it is: advised for a draft,
 * required in profile VASTGESTELD. The wire format lets an agreement leave its type out (format
 * 1.1), as real documents do; this rule says when that is not good enough. Without a type the
 * rules of the types and the SMART rules, which ask more of some types than of others, pass the
 * agreement by.
 */
@API(status = API.Status.INTERNAL, since = "0.2.0")
@BuiltInRule
public final class AgreementHasType implements AgreementRule {

  private static final RuleDefinition DEFINITION = BuiltIn.rule("WZ-TYPE-08")
      .severity(Severity.WARNING, Severity.ERROR)
      .rationale("The type decides what an agreement must state and whether it must be SMART or is"
          + " only advised to be; a draft may not have chosen it yet, an adopted agreement without"
          + " one cannot be judged on either.")
      .source("Issue 16: real agreements without a type (the regio Alkmaar pact's agreements on"
          + " leefbaarheid, the Nationale Prestatieafspraken); seed 001 (Taskforce Wonen en Zorg),"
          + " Overzicht 2")
      .example("The pact's \"afspraken over leefbaarheid\", recorded without a type.")
      .arguments("agreementId")
      .build();

  /** Creates the rule; it holds no state. */
  public AgreementHasType() {}

  @Override
  public RuleDefinition definition() {
    return DEFINITION;
  }

  @Override
  public void check(PerformanceAgreement agreement, RuleContext context) {
    if (agreement.getType().isEmpty()) {
      context.report(JsonPointer.of("type"), null, agreement.getId());
    }
  }
}
