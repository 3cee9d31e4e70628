package nl.woonzorg.validation.builtin.phase;

import nl.woonzorg.model.HousingCareVision;
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
 * <b>WZ-PHASE-02</b>: a vision that has reached AFSPRAKEN has a vision statement, ambitions and
 * goals; one finding per missing block.
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
@BuiltInRule
public final class AgreementPhaseHasVisionAmbitionsAndGoals implements VisionRule {

  private static final RuleDefinition DEFINITION = BuiltIn.rule("WZ-PHASE-02")
      .severity(Severity.WARNING, Severity.ERROR)
      .rationale("Prestatieafspraken make the vision’s goals concrete; without a vision, its"
          + " ambitions and its goals there is nothing for the agreements to make concrete.")
      .source("DOMAIN.md § The process: five phases (Taskforce Wonen en Zorg); seed 001 (Taskforce"
          + " Wonen en Zorg), fases; DOMAIN.md § Building blocks (visie, ambities en doelen)")
      .example("A vision in phase AFSPRAKEN without ambitions.")
      .arguments("missingProperty", "currentPhase")
      .build();

  /** Creates the rule; it holds no state. */
  public AgreementPhaseHasVisionAmbitionsAndGoals() {}

  @Override
  public RuleDefinition definition() {
    return DEFINITION;
  }

  @Override
  public void check(HousingCareVision vision, RuleContext context) {
    if (!Phases.reached(vision).contains(Phase.AFSPRAKEN)) {
      return;
    }
    if (vision.getVision().isEmpty()) {
      context.report(JsonPointer.of("vision"), null, "vision", vision.getCurrentPhase());
    }
    if (vision.getAmbitions().isEmpty()) {
      context.report(JsonPointer.of("ambitions"), null, "ambitions", vision.getCurrentPhase());
    }
    if (vision.getGoals().isEmpty()) {
      context.report(JsonPointer.of("goals"), null, "goals", vision.getCurrentPhase());
    }
  }
}
