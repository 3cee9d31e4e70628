package nl.woonzorg.validation.builtin.time;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.woonzorg.model.HousingCareVision;
import nl.woonzorg.model.goal.Goal;
import nl.woonzorg.model.programme.Activity;
import nl.woonzorg.model.report.JsonPointer;
import nl.woonzorg.model.report.Severity;
import nl.woonzorg.model.time.PartialDate;
import nl.woonzorg.validation.internal.BuiltIn;
import nl.woonzorg.validation.internal.BuiltInRule;
import nl.woonzorg.validation.rule.RuleContext;
import nl.woonzorg.validation.rule.RuleDefinition;
import nl.woonzorg.validation.rule.VisionRule;
import org.apiguardian.api.API;

/**
 * <b>WZ-TIME-01</b>: a goal's start does not lie after its deadline, and an activity's start not
 * after the last year of its planning. A start given as a partial date ("voorjaar 2026") is too
 * late only if even its first day is after the end: "2025" is not after a deadline in March 2025.
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
@BuiltInRule
public final class StartBeforeEnd implements VisionRule {

  private static final RuleDefinition DEFINITION = BuiltIn.rule("WZ-TIME-01")
      .severity(Severity.ERROR)
      .rationale("A goal or activity that starts after it must be finished cannot be met; one of"
          + " the two dates is wrong.")
      .source("Issue 16 (partial dates: \"sinds 2018\", \"voorjaar 2021\"); DOMAIN.md §"
          + " Prestatieafspraken (SMART: time-bound)")
      .example("A goal with deadline 2025 and start 2026.")
      .arguments("id", "start", "end")
      .build();

  /** Creates the rule; it holds no state. */
  public StartBeforeEnd() {}

  @Override
  public RuleDefinition definition() {
    return DEFINITION;
  }

  @Override
  public void check(HousingCareVision vision, RuleContext context) {
    List<Goal> goals = vision.getGoals();
    for (int i = 0; i < goals.size(); i++) {
      Goal goal = goals.get(i);
      if (goal.getStart().isPresent() && goal.getDeadline().isPresent()) {
        report(context, JsonPointer.of("goals").append(i).append("start"), goal.getId(),
            goal.getStart().get(), goal.getDeadline().get().lastDay(), goal.getDeadline().get());
      }
    }
    vision.getProgramme().ifPresent(programme -> {
      List<Activity> activities = programme.getActivities();
      for (int i = 0; i < activities.size(); i++) {
        Activity activity = activities.get(i);
        Optional<PartialDate> start = activity.getStart();
        if (start.isPresent() && activity.getPlanning().isPresent()) {
          int lastYear = activity.getPlanning().get().getToYear();
          report(context, JsonPointer.of("programme", "activities").append(i).append("start"),
              activity.getId(), start.get(), LocalDate.of(lastYear, 12, 31), lastYear);
        }
      }
    });
  }

  private static void report(RuleContext context, JsonPointer at, String id, PartialDate start,
      LocalDate lastDay, Object end) {
    if (start.firstDay().isAfter(lastDay)) {
      context.report(at, start.toString(), id, start.toString(), end);
    }
  }
}
