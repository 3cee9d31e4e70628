package nl.woonzorg.validation.builtin.phase;

import nl.woonzorg.model.HousingCareVision;
import nl.woonzorg.model.analysis.Analysis;
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
 * <b>WZ-PHASE-01</b>: a vision that has reached VISIE has an analysis with content: a summary,
 * figures, bottlenecks or findings.
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
@BuiltInRule
public final class VisionPhaseHasAnalysis implements VisionRule {

  private static final RuleDefinition DEFINITION = BuiltIn.rule("WZ-PHASE-01")
      .severity(Severity.WARNING, Severity.ERROR)
      .rationale("The analysis of the local situation is the basis for ambitions and choices; a"
          + " vision written without one has nothing to stand on.")
      .source("DOMAIN.md § The process: five phases (Taskforce Wonen en Zorg); seed 001 (Taskforce"
          + " Wonen en Zorg), fases; seed 002 (Taskforce Wonen en Zorg), Fase 2 Visie")
      .example("A vision in phase AFSPRAKEN without analysis.")
      .arguments("currentPhase")
      .build();

  /** Creates the rule; it holds no state. */
  public VisionPhaseHasAnalysis() {}

  @Override
  public RuleDefinition definition() {
    return DEFINITION;
  }

  @Override
  public void check(HousingCareVision vision, RuleContext context) {
    if (!Phases.reached(vision).contains(Phase.VISIE)) {
      return;
    }
    boolean hasContent = vision.getAnalysis().map(VisionPhaseHasAnalysis::hasContent).orElse(false);
    if (!hasContent) {
      context.report(JsonPointer.of("analysis"), null, vision.getCurrentPhase());
    }
  }

  private static boolean hasContent(Analysis analysis) {
    return analysis.getSummary().isPresent() || !analysis.getFigures().isEmpty()
        || !analysis.getBottlenecks().isEmpty() || !analysis.getFindings().isEmpty();
  }
}
