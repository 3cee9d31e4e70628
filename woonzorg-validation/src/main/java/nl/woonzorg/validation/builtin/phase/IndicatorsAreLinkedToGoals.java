package nl.woonzorg.validation.builtin.phase;

import java.util.List;
import nl.woonzorg.model.HousingCareVision;
import nl.woonzorg.model.monitoring.Indicator;
import nl.woonzorg.model.phase.Phase;
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
 * <b>WZ-PHASE-09</b>: once a vision has reached BORGING, each of its monitoring indicators is
 * linked to at least one goal (goalIds).
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
@BuiltInRule
public final class IndicatorsAreLinkedToGoals implements VisionRule {

  private static final RuleDefinition DEFINITION = BuiltIn.rule("WZ-PHASE-09")
      .severity(Severity.WARNING, Severity.ERROR)
      .rationale("Borging monitors whether goals are reached; an indicator tied to no goal"
          + " measures nothing the partners agreed on, and the Taskforce warns against data"
          + " overkill.")
      .source("DOMAIN.md § Borging (monitoring and steering); DOMAIN.md § The process: five phases"
          + " (Taskforce Wonen en Zorg); seed 001 (Taskforce Wonen en Zorg), fases")
      .example("A vision in phase BORGING whose indicator has no goalIds.")
      .arguments("indicatorId")
      .build();

  /** Creates the rule; it holds no state. */
  public IndicatorsAreLinkedToGoals() {}

  @Override
  public RuleDefinition definition() {
    return DEFINITION;
  }

  @Override
  public void check(HousingCareVision vision, RuleContext context) {
    if (!Phases.reached(vision).contains(Phase.BORGING)) {
      return;
    }
    List<Indicator> indicators =
        vision.getMonitoring().map(m -> m.getIndicators()).orElse(List.of());
    for (int i = 0; i < indicators.size(); i++) {
      if (indicators.get(i).getGoalIds().isEmpty()) {
        context.report(JsonPointer.of("monitoring", "indicators").append(i).append("goalIds"),
            null, indicators.get(i).getId());
      }
    }
  }
}
