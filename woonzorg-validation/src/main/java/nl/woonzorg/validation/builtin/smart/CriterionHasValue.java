package nl.woonzorg.validation.builtin.smart;

import java.util.List;
import nl.woonzorg.model.goal.Criterion;
import nl.woonzorg.model.goal.CriterionKind;
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
 * <b>WZ-SMART-M-05</b>: a criterion of a kind that needs a value ({@link
 * CriterionKind#requiresValue()}: a maximum distance, a minimum number, a share) has one; only
 * words — "op loopafstand" — do not make it measurable.
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
@BuiltInRule
public final class CriterionHasValue implements GoalRule {

  private static final RuleDefinition DEFINITION = BuiltIn.rule("WZ-SMART-M-05")
      .severity(Severity.WARNING, Severity.ERROR)
      .rationale("\"Op loopafstand\" or \"voldoende woningen per locatie\" cannot be checked: a"
          + " criterion of distance or number is measurable only with its number, such as the"
          + " seeds' \"binnen 500 meter\".")
      .source("Issue 16 (a criterion that needs a value but has none, or only words); DOMAIN.md §"
          + " Domains and themes (\"within 500 m of a facility\")")
      .example("A criterion MAXIMALE_AFSTAND_TOT_VOORZIENING described as \"op loopafstand\""
          + " without a value.")
      .arguments("goalId", "kind", "description")
      .build();

  /** Creates the rule; it holds no state. */
  public CriterionHasValue() {}

  @Override
  public RuleDefinition definition() {
    return DEFINITION;
  }

  @Override
  public void check(Goal goal, RuleContext context) {
    List<Criterion> criteria = goal.getCriteria();
    for (int i = 0; i < criteria.size(); i++) {
      Criterion criterion = criteria.get(i);
      if (criterion.getKind().requiresValue() && criterion.getValue().isEmpty()) {
        context.report(JsonPointer.of("criteria").append(i).append("value"), null, goal.getId(),
            criterion.getKind(), criterion.getDescription().map(d -> "“" + d + "”")
                .orElse("—"));
      }
    }
  }
}
