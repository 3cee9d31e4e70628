package nl.woonzorg.validation.builtin.time;

import java.util.List;
import java.util.Optional;
import nl.woonzorg.model.HousingCareVision;
import nl.woonzorg.model.goal.Goal;
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
 * <b>WZ-TIME-03</b>: a goal that is a further tranche of another ({@link
 * Goal#getAdditionalToGoalId()}) has its deadline after that goal's, and is not a tranche of
 * itself. A base goal that does not exist is WZ-REF-01's to report; goals without deadlines are
 * not compared.
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
@BuiltInRule
public final class TrancheEndsAfterItsBase implements VisionRule {

  private static final RuleDefinition DEFINITION = BuiltIn.rule("WZ-TIME-03")
      .severity(Severity.ERROR)
      .rationale("\"Tot 2031 nog eens 100.000 bovenop de 60.000\" comes after the 60,000; a"
          + " tranche due no later than the goal it adds to, or added to itself, has a wrong"
          + " deadline or base.")
      .source("Issue 16 (goal start and \"additional to goal X\" tranches); DOMAIN.md § National"
          + " figures (60,000 homes in five years; towards 2031 another 100,000)")
      .example("A goal of 100,000 homes by 2026 on top of a goal of 60,000 by 2026.")
      .arguments("goalId", "baseGoalId", "deadline", "baseDeadline")
      .build();

  /** Creates the rule; it holds no state. */
  public TrancheEndsAfterItsBase() {}

  @Override
  public RuleDefinition definition() {
    return DEFINITION;
  }

  @Override
  public void check(HousingCareVision vision, RuleContext context) {
    VisionIndex index = VisionIndex.of(vision, context);
    List<Goal> goals = vision.getGoals();
    for (int i = 0; i < goals.size(); i++) {
      Goal tranche = goals.get(i);
      Optional<Goal> base = tranche.getAdditionalToGoalId().flatMap(index::goal);
      if (base.isEmpty() || tranche.getDeadline().isEmpty()
          || base.get().getDeadline().isEmpty()) {
        continue;
      }
      if (base.get() == tranche || !tranche.getDeadline().get().lastDay()
          .isAfter(base.get().getDeadline().get().lastDay())) {
        context.report(JsonPointer.of("goals").append(i).append("deadline"),
            tranche.getDeadline().get(), tranche.getId(), base.get().getId(),
            tranche.getDeadline().get(), base.get().getDeadline().get());
      }
    }
  }
}
