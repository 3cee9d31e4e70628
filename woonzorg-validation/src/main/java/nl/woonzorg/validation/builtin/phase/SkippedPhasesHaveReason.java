package nl.woonzorg.validation.builtin.phase;

import java.util.List;
import nl.woonzorg.model.HousingCareVision;
import nl.woonzorg.model.phase.Phase;
import nl.woonzorg.model.phase.PhaseEntry;
import nl.woonzorg.model.report.JsonPointer;
import nl.woonzorg.model.report.Severity;
import nl.woonzorg.validation.internal.BuiltIn;
import nl.woonzorg.validation.internal.BuiltInRule;
import nl.woonzorg.validation.rule.RuleContext;
import nl.woonzorg.validation.rule.RuleDefinition;
import nl.woonzorg.validation.rule.VisionRule;
import org.apiguardian.api.API;

/**
 * <b>WZ-PHASE-07</b>: an entry of the phase history that skips phases — the first entry counts
 * from ANALYSE, every other from the entry before it — records why (skipReason).
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
@BuiltInRule
public final class SkippedPhasesHaveReason implements VisionRule {

  private static final RuleDefinition DEFINITION = BuiltIn.rule("WZ-PHASE-07")
      .severity(Severity.WARNING, Severity.ERROR)
      .rationale("The Taskforce’s cycle runs ANALYSE, VISIE, AFSPRAKEN, UITVOERING, BORGING and"
          + " round again; skipping a phase is sometimes sensible, for instance when an existing"
          + " analysis is reused, but then the reason must be on record.")
      .source("DOMAIN.md § The process: five phases (Taskforce Wonen en Zorg); seed 001 (Taskforce"
          + " Wonen en Zorg), fases")
      .example("AFSPRAKEN directly after ANALYSE, without skipReason.")
      .arguments("phase", "previousPhase")
      .build();

  /** Creates the rule; it holds no state. */
  public SkippedPhasesHaveReason() {}

  @Override
  public RuleDefinition definition() {
    return DEFINITION;
  }

  @Override
  public void check(HousingCareVision vision, RuleContext context) {
    List<PhaseEntry> history = vision.getPhaseHistory();
    for (int i = 0; i < history.size(); i++) {
      PhaseEntry entry = history.get(i);
      boolean skips = i == 0
          ? entry.getPhase() != Phase.ANALYSE
          : history.get(i - 1).getPhase().stepsTo(entry.getPhase()) > 1;
      if (skips && entry.getSkipReason().isEmpty()) {
        Phase from = i == 0 ? Phase.ANALYSE : history.get(i - 1).getPhase();
        context.report(JsonPointer.of("phaseHistory").append(i).append("skipReason"), null,
            entry.getPhase(), from);
      }
    }
  }
}
