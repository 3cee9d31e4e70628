package nl.woonzorg.validation.builtin.identity;

import nl.woonzorg.model.HousingCareVision;
import nl.woonzorg.model.report.Severity;
import nl.woonzorg.validation.internal.SharedRule;
import nl.woonzorg.validation.internal.BuiltIn;
import nl.woonzorg.validation.internal.BuiltInRule;
import nl.woonzorg.validation.internal.Identities;
import nl.woonzorg.validation.rule.RuleContext;
import nl.woonzorg.validation.rule.RuleDefinition;
import org.apiguardian.api.API;

/**
 * <b>WZ-ID-01</b>: an id is used once within its kind. Parties, areas (the vision's own included),
 * ambitions, goals, agreements, activities, indicators, covenants, consultations, and the
 * analysis's and vision's parts each form their own id space; the second and every later object
 * with an id already used is reported at its {@code id}.
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
@BuiltInRule
public final class IdsAreUnique implements SharedRule {

  private static final RuleDefinition DEFINITION = BuiltIn.rule("WZ-ID-01")
      .severity(Severity.ERROR)
      .rationale("Objects refer to each other by id; with two goals of one id an agreement’s"
          + " reference is ambiguous and every figure built on it is in doubt.")
      .source("DOMAIN.md § Prestatieafspraken (good agreements refer to other agreements);"
          + " MODEL-SPEC.md (references by id)")
      .example("Two goals with id \"doel-geclusterd-110\".")
      .arguments("id", "objectKind")
      .build();

  /** Creates the rule; it holds no state. */
  public IdsAreUnique() {}

  @Override
  public RuleDefinition definition() {
    return DEFINITION;
  }

  @Override
  public void check(HousingCareVision vision, RuleContext context) {
    for (Identities.Occurrence again : Identities.of(vision, context).duplicates()) {
      context.report(again.location(), again.id(), again.id(), again.kind().name());
    }
  }
}
