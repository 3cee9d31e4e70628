package nl.woonzorg.validation.builtin.phase;

import java.util.List;
import nl.woonzorg.model.HousingCareVision;
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
 * <b>WZ-PHASE-08</b>: the current phase is the phase of the last entry of the phase history,
 * when there is a history.
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
@BuiltInRule
public final class CurrentPhaseMatchesHistory implements VisionRule {

  private static final RuleDefinition DEFINITION = BuiltIn.rule("WZ-PHASE-08")
      .severity(Severity.ERROR)
      .rationale("The current phase and the history describe the same process; if they disagree,"
          + " one of them is wrong and the phase criteria are judged against the wrong phase.")
      .source("DOMAIN.md § The process: five phases (Taskforce Wonen en Zorg); seed 001 (Taskforce"
          + " Wonen en Zorg), fases")
      .example("currentPhase BORGING while the last history entry is UITVOERING.")
      .arguments("currentPhase", "lastPhase")
      .build();

  /** Creates the rule; it holds no state. */
  public CurrentPhaseMatchesHistory() {}

  @Override
  public RuleDefinition definition() {
    return DEFINITION;
  }

  @Override
  public void check(HousingCareVision vision, RuleContext context) {
    List<PhaseEntry> history = vision.getPhaseHistory();
    if (history.isEmpty()) {
      return;
    }
    PhaseEntry last = history.get(history.size() - 1);
    if (last.getPhase() != vision.getCurrentPhase()) {
      context.report(JsonPointer.of("currentPhase"), vision.getCurrentPhase(),
          vision.getCurrentPhase(), last.getPhase());
    }
  }
}
