package nl.woonzorg.validation.builtin.signatory;

import java.util.Collections;
import java.util.Set;
import nl.woonzorg.model.agreement.PerformanceAgreement;
import nl.woonzorg.model.party.PartyType;
import nl.woonzorg.model.report.JsonPointer;
import nl.woonzorg.model.report.Severity;
import nl.woonzorg.validation.internal.BuiltIn;
import nl.woonzorg.validation.internal.BuiltInRule;
import nl.woonzorg.validation.internal.VisionIndex;
import nl.woonzorg.validation.rule.AgreementRule;
import nl.woonzorg.validation.rule.RuleContext;
import nl.woonzorg.validation.rule.RuleDefinition;
import org.apiguardian.api.API;

/**
 * <b>WZ-SIGN-02</b>: a prestatieafspraak is co-signed by a care provider, a welfare
 * organisation or the zorgkantoor. Advice only; needs the vision's parties, so it is skipped
 * for an agreement on its own.
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
@BuiltInRule
public final class CareAndWelfareCoSign implements AgreementRule {

  private static final RuleDefinition DEFINITION = BuiltIn.rule("WZ-SIGN-02")
      .severity(Severity.INFO)
      .rationale("The law does not require it, but the Taskforce strongly advises that care and"
          + " welfare organisations and the zorgkantoor co-sign, so that they truly commit to the"
          + " housing-and-care task; a growth model, one step each year.")
      .source("DOMAIN.md § Prestatieafspraken; seed 001 (Taskforce Wonen en Zorg), De opgave")
      .example("An agreement on clustered housing signed by gemeente, corporations and tenants"
          + " only.")
      .arguments("agreementId")
      .build();

  /** Creates the rule; it holds no state. */
  public CareAndWelfareCoSign() {}

  @Override
  public RuleDefinition definition() {
    return DEFINITION;
  }

  private static final Set<PartyType> CARE_AND_WELFARE =
      Set.of(PartyType.ZORGAANBIEDER, PartyType.WELZIJNSORGANISATIE, PartyType.ZORGKANTOOR);

  @Override
  public void check(PerformanceAgreement agreement, RuleContext context) {
    context.vision().ifPresent(vision -> {
      Set<PartyType> signing = Signatories.typesOf(agreement, VisionIndex.of(vision, context));
      if (Collections.disjoint(signing, CARE_AND_WELFARE)) {
        context.report(JsonPointer.of("parties"), null, agreement.getId());
      }
    });
  }
}
