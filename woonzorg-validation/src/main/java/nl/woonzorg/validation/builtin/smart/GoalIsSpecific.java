package nl.woonzorg.validation.builtin.smart;

import nl.woonzorg.model.goal.Goal;
import nl.woonzorg.model.report.JsonPointer;
import nl.woonzorg.model.report.Severity;
import nl.woonzorg.validation.internal.BuiltIn;
import nl.woonzorg.validation.internal.BuiltInRule;
import nl.woonzorg.validation.rule.GoalRule;
import nl.woonzorg.validation.rule.RuleContext;
import nl.woonzorg.validation.rule.RuleDefinition;
import org.apiguardian.api.API;

/**
 * <b>WZ-SMART-S-01</b>: a goal is Specific: its scope names a target group, a dwelling type or
 * an area.
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
@BuiltInRule
public final class GoalIsSpecific implements GoalRule {

  private static final RuleDefinition DEFINITION = BuiltIn.rule("WZ-SMART-S-01")
      .severity(Severity.WARNING, Severity.ERROR)
      .rationale("The seeds’ central complaint is that ambitions stay abstract; a goal must say"
          + " for whom, which homes or where, e.g. 110 clustered units for people over 65.")
      .source("DOMAIN.md § What a woonzorgvisie is; seed 001 (Taskforce Wonen en Zorg), Gemeente A")
      .example("A goal \"Meer woningen\" with an empty scope.")
      .arguments("goalId")
      .build();

  /** Creates the rule; it holds no state. */
  public GoalIsSpecific() {}

  @Override
  public RuleDefinition definition() {
    return DEFINITION;
  }

  @Override
  public void check(Goal goal, RuleContext context) {
    if (goal.getScope().empty()) {
      context.report(JsonPointer.of("scope"), null, goal.getId());
    }
  }
}
