package nl.woonzorg.validation.builtin.reference;

import nl.woonzorg.model.report.Severity;
import nl.woonzorg.validation.internal.BuiltIn;
import nl.woonzorg.validation.internal.BuiltInRule;
import nl.woonzorg.validation.internal.ObjectKind;
import nl.woonzorg.validation.rule.RuleDefinition;
import org.apiguardian.api.API;

/**
 * <b>WZ-REF-05</b>: every area id — parents and members of areas, goal and agreement scopes,
 * parties, figures, findings, bottlenecks, activities, indicators, measurements, breakdown parts —
 * names the vision's area or one of its areas.
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
@BuiltInRule
public final class AreaReferencesResolve extends ResolvingRule {

  private static final RuleDefinition DEFINITION = BuiltIn.rule("WZ-REF-05")
      .severity(Severity.ERROR)
      .rationale("Goals and figures are per area (gemeente, wijk, buurt, kern); an unknown area"
          + " cannot be placed or compared.")
      .source("DOMAIN.md § Building blocks (demand and supply per target group and area)")
      .example("A goal whose scope has areaIds [\"wijk-z\"] while the vision has no area wijk-z.")
      .arguments("areaId")
      .build();

  /** Creates the rule; it holds no state. */
  public AreaReferencesResolve() {}

  @Override
  public RuleDefinition definition() {
    return DEFINITION;
  }

  @Override
  boolean covers(ObjectKind kind) {
    return kind == ObjectKind.AREA;
  }
}
