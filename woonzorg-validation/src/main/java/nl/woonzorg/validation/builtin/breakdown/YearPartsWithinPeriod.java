package nl.woonzorg.validation.builtin.breakdown;

import java.util.List;
import java.util.Optional;
import java.util.function.IntPredicate;
import java.util.function.Supplier;
import nl.woonzorg.model.HousingCareVision;
import nl.woonzorg.model.goal.Breakdown;
import nl.woonzorg.model.goal.BreakdownPart;
import nl.woonzorg.model.goal.Goal;
import nl.woonzorg.model.programme.Activity;
import nl.woonzorg.model.report.JsonPointer;
import nl.woonzorg.model.report.Severity;
import nl.woonzorg.model.time.Deadline;
import nl.woonzorg.model.time.YearPeriod;
import nl.woonzorg.validation.internal.BuiltIn;
import nl.woonzorg.validation.internal.BuiltInRule;
import nl.woonzorg.validation.rule.GoalRule;
import nl.woonzorg.validation.rule.RuleContext;
import nl.woonzorg.validation.rule.RuleDefinition;
import nl.woonzorg.validation.rule.VisionRule;
import org.apiguardian.api.API;

/**
 * <b>WZ-SUM-02</b>: a part of a breakdown per year lies in its period: for a goal, not after
 * its deadline and, in a vision, within the vision's period; for an activity, within its
 * planning.
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
@BuiltInRule
public final class YearPartsWithinPeriod implements GoalRule, VisionRule {

  private static final RuleDefinition DEFINITION = BuiltIn.rule("WZ-SUM-02")
      .severity(Severity.ERROR)
      .rationale("Per-year parts spread a target over the years it is worked on; a year after the"
          + " deadline or outside the period cannot count towards it.")
      .source("DOMAIN.md § The process (Gemeente A); seed 001 (Taskforce Wonen en Zorg), Gemeente"
          + " A and Overzicht 1")
      .example("A goal due in 2025 with a JAAR breakdown part for 2027.")
      .arguments("ownerId", "year", "period")
      .build();

  /** Creates the rule; it holds no state. */
  public YearPartsWithinPeriod() {}

  @Override
  public RuleDefinition definition() {
    return DEFINITION;
  }

  @Override
  public void check(Goal goal, RuleContext context) {
    Optional<Integer> last = goal.getDeadline().map(Deadline::deadlineYear);
    Optional<YearPeriod> period = context.vision().flatMap(HousingCareVision::getPeriod);
    IntPredicate inPeriod = year -> last.map(deadline -> year <= deadline).orElse(true)
        && period.map(p -> p.contains(year)).orElse(true);
    if (goal.getBreakdowns().isEmpty()) {
      return;
    }
    // Worded only for a goal that has a part to report.
    Supplier<Object> allowed = () -> period
        .map(p -> p.getFromYear() + "–" + Math.min(p.getToYear(), last.orElse(p.getToYear())))
        .orElseGet(() -> last.map(deadline -> "≤ " + deadline).orElse(""));
    check(goal.getBreakdowns(), JsonPointer.of("breakdowns"), inPeriod, goal.getId(), allowed,
        context);
  }

  @Override
  public void check(HousingCareVision vision, RuleContext context) {
    vision.getProgramme().ifPresent(programme -> {
      List<Activity> activities = programme.getActivities();
      for (int i = 0; i < activities.size(); i++) {
        Activity activity = activities.get(i);
        JsonPointer at = JsonPointer.of("programme", "activities").append(i).append("breakdowns");
        activity.getPlanning().ifPresent(planning -> check(activity.getBreakdowns(), at,
            planning::contains, activity.getId(), () -> planning, context));
      }
    });
  }

  private static void check(List<Breakdown> breakdowns, JsonPointer at, IntPredicate inPeriod,
      String owner, Supplier<Object> period, RuleContext context) {
    for (int i = 0; i < breakdowns.size(); i++) {
      List<BreakdownPart> parts = breakdowns.get(i).getParts();
      for (int j = 0; j < parts.size(); j++) {
        Optional<Integer> year = parts.get(j).getYear();
        // The location is built only for a part that is reported: nearly every part is fine.
        if (year.isPresent() && !inPeriod.test(year.get())) {
          context.report(at.append(i).append("parts").append(j).append("year"), year.get(),
              owner, year.get(), period.get());
        }
      }
    }
  }
}
