package nl.woonzorg.validation.builtin.reference;

import nl.woonzorg.model.report.Severity;
import nl.woonzorg.validation.internal.BuiltIn;
import nl.woonzorg.validation.internal.BuiltInRule;
import nl.woonzorg.validation.internal.ObjectKind;
import nl.woonzorg.validation.rule.RuleDefinition;
import org.apiguardian.api.API;

/**
 * <b>WZ-REF-02</b>: every agreement id an agreement or activity refers to names a
 * prestatieafspraak of the vision.
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
@BuiltInRule
public final class AgreementReferencesResolve extends ResolvingRule {

  private static final RuleDefinition DEFINITION = BuiltIn.rule("WZ-REF-02")
      .severity(Severity.ERROR)
      .rationale("Good agreements refer to other agreements instead of repeating them; the"
          + " reference must lead somewhere.")
      .source("DOMAIN.md § Prestatieafspraken; seed 001 (Taskforce Wonen en Zorg)")
      .example("An activity with agreementIds [\"afspraak-2019\"] where no such agreement exists.")
      .arguments("agreementId")
      .build();

  /** Creates the rule; it holds no state. */
  public AgreementReferencesResolve() {}

  @Override
  public RuleDefinition definition() {
    return DEFINITION;
  }

  @Override
  boolean covers(ObjectKind kind) {
    return kind == ObjectKind.AGREEMENT;
  }
}
