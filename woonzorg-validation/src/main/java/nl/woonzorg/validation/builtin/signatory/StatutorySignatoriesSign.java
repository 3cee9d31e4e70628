package nl.woonzorg.validation.builtin.signatory;

import java.util.List;
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
 * <b>WZ-SIGN-01</b>: a prestatieafspraak is signed (ONDERTEKENAAR) by a gemeente, a
 * woningcorporatie and a huurdersorganisatie; one finding per missing type. Needs the vision's
 * parties to know their types; skipped for an agreement on its own.
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
@BuiltInRule
public final class StatutorySignatoriesSign implements AgreementRule {

  private static final RuleDefinition DEFINITION = BuiltIn.rule("WZ-SIGN-01")
      .severity(Severity.WARNING, Severity.ERROR)
      .rationale("Under the Woningwet, prestatieafspraken are made between municipality, housing"
          + " corporations and tenants’ organisations; without all three signatures it is not a"
          + " prestatieafspraak.")
      .source("DOMAIN.md § Prestatieafspraken (the three legally required signatories); seed 001"
          + " (Taskforce Wonen en Zorg), De opgave")
      .example("An agreement signed by the gemeente and a corporation, but by no"
          + " huurdersorganisatie.")
      .arguments("agreementId", "partyType")
      .build();

  /** Creates the rule; it holds no state. */
  public StatutorySignatoriesSign() {}

  @Override
  public RuleDefinition definition() {
    return DEFINITION;
  }

  private static final List<PartyType> STATUTORY =
      List.of(PartyType.GEMEENTE, PartyType.WONINGCORPORATIE, PartyType.HUURDERSORGANISATIE);

  @Override
  public void check(PerformanceAgreement agreement, RuleContext context) {
    context.vision().ifPresent(vision -> {
      Set<PartyType> signing = Signatories.typesOf(agreement, VisionIndex.of(vision, context));
      for (PartyType type : STATUTORY) {
        if (!signing.contains(type)) {
          context.report(JsonPointer.of("parties"), type.getCode(), agreement.getId(), type);
        }
      }
    });
  }
}
