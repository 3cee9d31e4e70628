package nl.woonzorg.validation.builtin.time;

import java.util.List;
import nl.woonzorg.model.HousingCareVision;
import nl.woonzorg.model.programme.Activity;
import nl.woonzorg.model.report.JsonPointer;
import nl.woonzorg.model.report.Severity;
import nl.woonzorg.model.time.Frequency;
import nl.woonzorg.model.time.YearPeriod;
import nl.woonzorg.validation.internal.BuiltIn;
import nl.woonzorg.validation.internal.BuiltInRule;
import nl.woonzorg.validation.rule.RuleContext;
import nl.woonzorg.validation.rule.RuleDefinition;
import nl.woonzorg.validation.rule.VisionRule;
import org.apiguardian.api.API;

/**
 * <b>WZ-TIME-02</b>: an activity given a recurrence falls at least twice within the years of its
 * planning ({@link Frequency#timesIn(int)}); "elke vier jaar" in a planning of three years falls
 * once, so it does not recur there.
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
@BuiltInRule
public final class RecurrenceFitsPlanning implements VisionRule {

  private static final RuleDefinition DEFINITION = BuiltIn.rule("WZ-TIME-02")
      .severity(Severity.INFO, Severity.WARNING)
      .rationale("A rhythm that does not come round within the planning promises a repetition"
          + " that the plan does not hold: either the planning is too short or the rhythm is"
          + " wrong.")
      .source("Issue 16 (recurrence with a typed rhythm: \"jaarlijks\", \"twee keer per jaar\","
          + " \"elke vier jaar evaluatie\"); DOMAIN.md § Borging")
      .example("An activity planned 2022–2024 that recurs every four years.")
      .arguments("activityId", "recurrence", "planning", "times")
      .build();

  /** Creates the rule; it holds no state. */
  public RecurrenceFitsPlanning() {}

  @Override
  public RuleDefinition definition() {
    return DEFINITION;
  }

  @Override
  public void check(HousingCareVision vision, RuleContext context) {
    vision.getProgramme().ifPresent(programme -> {
      List<Activity> activities = programme.getActivities();
      for (int i = 0; i < activities.size(); i++) {
        Activity activity = activities.get(i);
        if (activity.getRecurrence().isEmpty() || activity.getPlanning().isEmpty()) {
          continue;
        }
        Frequency recurrence = activity.getRecurrence().get();
        YearPeriod planning = activity.getPlanning().get();
        long times = recurrence.timesIn(planning.lengthInYears());
        if (times < 2) {
          context.report(JsonPointer.of("programme", "activities").append(i).append("recurrence"),
              recurrence.describe(), activity.getId(), recurrence.describe(), planning, times);
        }
      }
    });
  }
}
