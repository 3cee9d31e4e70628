package nl.woonzorg.validation.builtin.reference;

import nl.woonzorg.model.report.Severity;
import nl.woonzorg.validation.internal.BuiltIn;
import nl.woonzorg.validation.internal.BuiltInRule;
import nl.woonzorg.validation.internal.ObjectKind;
import nl.woonzorg.validation.rule.RuleDefinition;
import org.apiguardian.api.API;

/**
 * <b>WZ-REF-04</b>: every indicator id a goal, agreement, measurement or threshold refers to
 * names an indicator of the vision's monitoring.
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
@BuiltInRule
public final class IndicatorReferencesResolve extends ResolvingRule {

  private static final RuleDefinition DEFINITION = BuiltIn.rule("WZ-REF-04")
      .severity(Severity.ERROR)
      .rationale("Borging measures goals by indicators; a goal measured by an indicator that is"
          + " not defined is not monitored.")
      .source("DOMAIN.md § Borging (monitoring and steering)")
      .example("A goal with indicatorId \"indicator-x\" and no such indicator under monitoring.")
      .arguments("indicatorId")
      .build();

  /** Creates the rule; it holds no state. */
  public IndicatorReferencesResolve() {}

  @Override
  public RuleDefinition definition() {
    return DEFINITION;
  }

  @Override
  boolean covers(ObjectKind kind) {
    return kind == ObjectKind.INDICATOR;
  }
}
