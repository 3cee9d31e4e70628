package nl.woonzorg.validation.builtin.reference;

import nl.woonzorg.model.report.Severity;
import nl.woonzorg.validation.internal.BuiltIn;
import nl.woonzorg.validation.internal.BuiltInRule;
import nl.woonzorg.validation.internal.ObjectKind;
import nl.woonzorg.validation.rule.RuleDefinition;
import org.apiguardian.api.API;

/**
 * <b>WZ-REF-01</b>: every goal id an agreement, activity, indicator or tranche of another goal
 * refers to names a goal of the vision.
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
@BuiltInRule
public final class GoalReferencesResolve extends ResolvingRule {

  private static final RuleDefinition DEFINITION = BuiltIn.rule("WZ-REF-01")
      .severity(Severity.ERROR)
      .rationale("An agreement, activity or indicator serves its goal only if the goal is there; a"
          + " dangling goal id breaks the line from ambition to agreement that the Taskforce asks"
          + " for.")
      .source("DOMAIN.md § What a woonzorgvisie is (from ambition to concrete goals and"
          + " agreements)")
      .example("An agreement with goalIds [\"doel-onbekend\"] in a vision without such a goal.")
      .arguments("goalId")
      .build();

  /** Creates the rule; it holds no state. */
  public GoalReferencesResolve() {}

  @Override
  public RuleDefinition definition() {
    return DEFINITION;
  }

  @Override
  boolean covers(ObjectKind kind) {
    return kind == ObjectKind.GOAL;
  }
}
