package nl.woonzorg.validation.builtin.breakdown;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import nl.woonzorg.model.HousingCareVision;
import nl.woonzorg.model.area.Area;
import nl.woonzorg.model.area.AreaType;
import nl.woonzorg.model.goal.Breakdown;
import nl.woonzorg.model.goal.BreakdownPart;
import nl.woonzorg.model.goal.Criterion;
import nl.woonzorg.model.goal.CriterionKind;
import nl.woonzorg.model.goal.Goal;
import nl.woonzorg.model.quantity.Quantity;
import nl.woonzorg.model.quantity.Unit;
import nl.woonzorg.model.report.JsonPointer;
import nl.woonzorg.model.report.Severity;
import nl.woonzorg.validation.internal.BuiltIn;
import nl.woonzorg.validation.internal.BuiltInRule;
import nl.woonzorg.validation.internal.VisionIndex;
import nl.woonzorg.validation.rule.RuleContext;
import nl.woonzorg.validation.rule.RuleDefinition;
import nl.woonzorg.validation.rule.VisionRule;
import org.apiguardian.api.API;

/**
 * <b>WZ-SUM-07</b>: where a goal sets a minimum per area ({@link
 * CriterionKind#MINIMAAL_AANTAL_PER_GEBIED}, "in elke kern tenminste één ontmoetingsruimte"), no
 * part of its breakdowns for an area the minimum applies to gets less. The minimum applies to the
 * areas of the goal's scope (every area if the scope names none) and, if the criterion names an
 * area type, only to areas of that type. Only breakdowns in the criterion's unit are compared; a
 * breakdown in percent is not.
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
@BuiltInRule
public final class MinimumPerAreaIsMet implements VisionRule {

  private static final RuleDefinition DEFINITION = BuiltIn.rule("WZ-SUM-07")
      .severity(Severity.ERROR)
      .rationale("A goal that promises at least one meeting room in every kern contradicts itself"
          + " when its own breakdown gives a kern none.")
      .source("Issue 16 (\"at least N per area\" criteria); DOMAIN.md § National figures (Bernheze:"
          + " at least one meeting room in every kern)")
      .example("A goal with \"in elke kern tenminste één ontmoetingsruimte\" whose breakdown per"
          + " kern gives Heeswijk-Dinther 0.")
      .arguments("goalId", "areaId", "value", "minimum")
      .build();

  /** Creates the rule; it holds no state. */
  public MinimumPerAreaIsMet() {}

  @Override
  public RuleDefinition definition() {
    return DEFINITION;
  }

  @Override
  public void check(HousingCareVision vision, RuleContext context) {
    VisionIndex index = VisionIndex.of(vision, context);
    List<Goal> goals = vision.getGoals();
    for (int i = 0; i < goals.size(); i++) {
      Goal goal = goals.get(i);
      for (Criterion criterion : goal.getCriteria()) {
        if (criterion.getKind() == CriterionKind.MINIMAAL_AANTAL_PER_GEBIED
            && criterion.getValue().isPresent()) {
          check(context, index, goal, JsonPointer.of("goals").append(i).append("breakdowns"),
              criterion.getValue().get(), criterion.getAreaType());
        }
      }
    }
  }

  private static void check(RuleContext context, VisionIndex index, Goal goal, JsonPointer at,
      Quantity minimum, Optional<AreaType> areaType) {
    for (int j = 0; j < goal.getBreakdowns().size(); j++) {
      Breakdown breakdown = goal.getBreakdowns().get(j);
      Optional<Unit> unit = breakdown.getUnit().or(() -> goal.getTarget().map(Quantity::getUnit));
      if (unit.filter(u -> u == minimum.getUnit()).isEmpty()) {
        continue;
      }
      List<BreakdownPart> parts = breakdown.getParts();
      for (int k = 0; k < parts.size(); k++) {
        BreakdownPart part = parts.get(k);
        Optional<String> areaId = part.getAreaId();
        if (areaId.isEmpty() || !applies(goal, index, areaId.get(), areaType)) {
          continue;
        }
        BigDecimal value = part.getValue();
        if (value.compareTo(minimum.getValue()) < 0) {
          context.report(at.append(j).append("parts").append(k), value, goal.getId(),
              areaId.get(), value, minimum);
        }
      }
    }
  }

  private static boolean applies(Goal goal, VisionIndex index, String areaId,
      Optional<AreaType> areaType) {
    boolean inScope = goal.getScope().getAreaIds().isEmpty()
        || goal.getScope().getAreaIds().contains(areaId);
    return inScope && (areaType.isEmpty()
        || index.area(areaId).map(Area::getType).filter(areaType.get()::equals).isPresent());
  }
}
