package nl.woonzorg.validation.builtin.phase;

import java.util.List;
import nl.woonzorg.model.HousingCareVision;
import nl.woonzorg.model.document.DocumentType;
import nl.woonzorg.model.phase.Phase;
import nl.woonzorg.model.programme.Activity;
import nl.woonzorg.model.report.JsonPointer;
import nl.woonzorg.model.report.Severity;
import nl.woonzorg.validation.internal.BuiltIn;
import nl.woonzorg.validation.internal.BuiltInRule;
import nl.woonzorg.validation.internal.Phases;
import nl.woonzorg.validation.rule.RuleContext;
import nl.woonzorg.validation.rule.RuleDefinition;
import nl.woonzorg.validation.rule.VisionRule;
import org.apiguardian.api.API;

/**
 * <b>WZ-PHASE-04</b>: once a vision has reached UITVOERING, each activity of its programme has
 * an owner (responsiblePartyId), a planning and a budget; one finding per missing item.
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
@BuiltInRule
public final class ActivitiesHaveOwnerPlanningAndBudget implements VisionRule {

  private static final RuleDefinition DEFINITION = BuiltIn.rule("WZ-PHASE-04")
      .severity(Severity.WARNING, Severity.ERROR)
      .rationale("An implementation programme is concrete activities with who is responsible,"
          + " planning and budget; an activity that lacks one of them cannot be carried out or"
          + " followed.")
      .source("DOMAIN.md § Prestatieafspraken (uitvoeringsprogramma: activities, responsibility,"
          + " planning, budget)")
      .example("An activity of corporatie-y with output 80 WONINGEN but no planning and no budget.")
      .arguments("activityId", "missingProperty")
      .build();

  /** Creates the rule; it holds no state. */
  public ActivitiesHaveOwnerPlanningAndBudget() {}

  @Override
  public RuleDefinition definition() {
    return DEFINITION;
  }

  @Override
  public void check(HousingCareVision vision, RuleContext context) {
    if (!Phases.reached(vision).contains(Phase.UITVOERING)) {
      return;
    }
    vision.getProgramme().ifPresent(programme -> {
      List<Activity> activities = programme.getActivities();
      for (int i = 0; i < activities.size(); i++) {
        Activity activity = activities.get(i);
        JsonPointer at = JsonPointer.of("programme", "activities").append(i);
        if (activity.getResponsiblePartyId().isEmpty()) {
          context.report(at.append("responsiblePartyId"), null, activity.getId(),
              "responsiblePartyId");
        }
        if (activity.getPlanning().isEmpty()) {
          context.report(at.append("planning"), null, activity.getId(), "planning");
        }
        if (activity.getBudget().isEmpty()) {
          context.report(at.append("budget"), null, activity.getId(), "budget");
        }
      }
    });
  }

  /** A programme document is checked as the programme of a vision in UITVOERING. */
  @Override
  public boolean appliesTo(DocumentType<?> type) {
    return type == DocumentType.VISION || type == DocumentType.PROGRAMME;
  }
}
