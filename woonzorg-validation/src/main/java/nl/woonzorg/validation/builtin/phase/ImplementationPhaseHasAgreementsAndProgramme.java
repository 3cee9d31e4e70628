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
 * <b>WZ-PHASE-03</b>: a vision that has reached UITVOERING has agreements and an implementation
 * programme with activities; one finding per missing block.
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
@BuiltInRule
public final class ImplementationPhaseHasAgreementsAndProgramme implements VisionRule {

  private static final RuleDefinition DEFINITION = BuiltIn.rule("WZ-PHASE-03")
      .severity(Severity.WARNING, Severity.ERROR)
      .rationale("The implementation programme carries the agreements out; implementation without"
          + " agreements or a programme has no agreed work to do.")
      .source("DOMAIN.md § The process: five phases (Taskforce Wonen en Zorg); seed 001 (Taskforce"
          + " Wonen en Zorg), fases; DOMAIN.md § Prestatieafspraken (uitvoeringsprogramma)")
      .example("A vision in phase UITVOERING without programme.")
      .arguments("missingProperty", "currentPhase")
      .build();

  /** Creates the rule; it holds no state. */
  public ImplementationPhaseHasAgreementsAndProgramme() {}

  @Override
  public RuleDefinition definition() {
    return DEFINITION;
  }

  @Override
  public void check(HousingCareVision vision, RuleContext context) {
    if (!Phases.reached(vision).contains(Phase.UITVOERING)) {
      return;
    }
    if (vision.getAgreements().isEmpty()) {
      context.report(JsonPointer.of("agreements"), null, "agreements", vision.getCurrentPhase());
    }
    boolean programme = vision.getProgramme().map(p -> !p.getActivities().isEmpty()).orElse(false);
    if (!programme) {
      context.report(JsonPointer.of("programme"), null, "programme", vision.getCurrentPhase());
    }
  }
}
