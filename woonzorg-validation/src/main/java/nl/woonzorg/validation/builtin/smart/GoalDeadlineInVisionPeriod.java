package nl.woonzorg.validation.builtin.smart;

import nl.woonzorg.model.HousingCareVision;
import nl.woonzorg.model.goal.Goal;
import nl.woonzorg.model.report.JsonPointer;
import nl.woonzorg.model.report.Severity;
import nl.woonzorg.model.time.YearPeriod;
import nl.woonzorg.validation.internal.BuiltIn;
import nl.woonzorg.validation.internal.BuiltInRule;
import nl.woonzorg.validation.rule.GoalRule;
import nl.woonzorg.validation.rule.RuleContext;
import nl.woonzorg.validation.rule.RuleDefinition;
import org.apiguardian.api.API;

/**
 * <b>WZ-SMART-T-02</b>: a goal's deadline lies within the vision's period. Needs the vision;
 * skipped for a goal on its own.
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
@BuiltInRule
public final class GoalDeadlineInVisionPeriod implements GoalRule {

  private static final RuleDefinition DEFINITION = BuiltIn.rule("WZ-SMART-T-02")
      .severity(Severity.ERROR)
      .rationale("A goal is part of the vision that sets it; a deadline after the vision ends is"
          + " nobody’s to monitor, one before it starts is already past.")
      .source("DOMAIN.md § Prestatieafspraken (SMART); seed 001 (Taskforce Wonen en Zorg), Is"
          + " SMART wel smart?")
      .example("A vision for 2021–2025 with a goal due in 2030.")
      .arguments("goalId", "visionPeriod")
      .build();

  /** Creates the rule; it holds no state. */
  public GoalDeadlineInVisionPeriod() {}

  @Override
  public RuleDefinition definition() {
    return DEFINITION;
  }

  @Override
  public void check(Goal goal, RuleContext context) {
    // A vision without a period has no years to lie outside of; WZ-DOC-01 says if it needs one.
    context.vision().flatMap(HousingCareVision::getPeriod).ifPresent(period ->
        goal.getDeadline().ifPresent(deadline -> {
          if (!period.contains(deadline.deadlineYear())) {
            context.report(JsonPointer.of("deadline"), deadline, goal.getId(), period);
          }
        }));
  }
}
