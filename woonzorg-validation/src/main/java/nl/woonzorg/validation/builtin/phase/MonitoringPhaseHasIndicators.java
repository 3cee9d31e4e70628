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
 * <b>WZ-PHASE-05</b>: a vision that has reached BORGING has monitoring with at least one indicator.
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
@BuiltInRule
public final class MonitoringPhaseHasIndicators implements VisionRule {

  private static final RuleDefinition DEFINITION = BuiltIn.rule("WZ-PHASE-05")
      .severity(Severity.WARNING, Severity.ERROR)
      .rationale("Borging monitors whether goals are reached, by indicators such as the number of"
          + " clustered homes, the number of meeting rooms, suitable homes built per year; without"
          + " indicators there is nothing to monitor.")
      .source("DOMAIN.md § Borging (monitoring and steering); DOMAIN.md § The process: five phases"
          + " (Taskforce Wonen en Zorg); seed 001 (Taskforce Wonen en Zorg), fases")
      .example("A vision in phase BORGING without monitoring.")
      .arguments("currentPhase")
      .build();

  /** Creates the rule; it holds no state. */
  public MonitoringPhaseHasIndicators() {}

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
    if (indicators.isEmpty()) {
      context.report(JsonPointer.of("monitoring"), null, vision.getCurrentPhase());
    }
  }
}
