package nl.woonzorg.validation.builtin.reference;

import nl.woonzorg.model.report.Severity;
import nl.woonzorg.validation.internal.BuiltIn;
import nl.woonzorg.validation.internal.BuiltInRule;
import nl.woonzorg.validation.internal.Identities;
import nl.woonzorg.validation.internal.ObjectKind;
import nl.woonzorg.validation.rule.RuleDefinition;
import org.apiguardian.api.API;

/**
 * <b>WZ-REF-06</b>: every ambition, covenant, source and theme id a goal, agreement, figure,
 * finding or ambition refers to names such an object of the vision.
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
@BuiltInRule
public final class SupportingReferencesResolve extends ResolvingRule {

  private static final RuleDefinition DEFINITION = BuiltIn.rule("WZ-REF-06")
      .severity(Severity.ERROR)
      .rationale("Goals make ambitions concrete, agreements belong to covenants and figures rest"
          + " on sources; each link must resolve to be followed.")
      .source("DOMAIN.md § Building blocks of the vision document (ambities en doelen,"
          + " samenwerking)")
      .example("A goal with ambitionId \"ambitie-onbekend\" in a vision without that ambition.")
      .arguments("id", "objectKind")
      .build();

  /** Creates the rule; it holds no state. */
  public SupportingReferencesResolve() {}

  @Override
  public RuleDefinition definition() {
    return DEFINITION;
  }

  @Override
  boolean covers(ObjectKind kind) {
    return kind == ObjectKind.AMBITION || kind == ObjectKind.COVENANT
        || kind == ObjectKind.SOURCE || kind == ObjectKind.THEME;
  }

  @Override
  Object[] arguments(Identities.Occurrence reference) {
    return new Object[] {reference.id(), reference.kind().name()};
  }
}
