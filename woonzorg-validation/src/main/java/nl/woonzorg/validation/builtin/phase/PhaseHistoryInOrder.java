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
 * <b>WZ-PHASE-06</b>: the phase history is in time order: each entry starts after the previous
 * one started and, if that one ended, on or after its end.
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
@BuiltInRule
public final class PhaseHistoryInOrder implements VisionRule {

  private static final RuleDefinition DEFINITION = BuiltIn.rule("WZ-PHASE-06")
      .severity(Severity.ERROR)
      .rationale("The phase history records the yearly cycle as it happened, oldest first; entries"
          + " out of order or overlapping make it impossible to tell which phase came when.")
      .source("DOMAIN.md § The process: five phases (Taskforce Wonen en Zorg); seed 001 (Taskforce"
          + " Wonen en Zorg), fases")
      .example("BORGING from 2023-01-01 followed by UITVOERING from 2022-04-01.")
      .arguments("phase", "startDate", "previousPhase", "previousDate")
      .build();

  /** Creates the rule; it holds no state. */
  public PhaseHistoryInOrder() {}

  @Override
  public RuleDefinition definition() {
    return DEFINITION;
  }

  @Override
  public void check(HousingCareVision vision, RuleContext context) {
    List<PhaseEntry> history = vision.getPhaseHistory();
    for (int i = 1; i < history.size(); i++) {
      PhaseEntry previous = history.get(i - 1);
      PhaseEntry entry = history.get(i);
      boolean afterStart = entry.getStartDate().isAfter(previous.getStartDate());
      boolean afterEnd = previous.getEndDate().map(end -> !entry.getStartDate().isBefore(end))
          .orElse(true);
      if (!afterStart || !afterEnd) {
        context.report(JsonPointer.of("phaseHistory").append(i).append("startDate"),
            entry.getStartDate(), entry.getPhase(), entry.getStartDate(), previous.getPhase(),
            previous.getEndDate().orElse(previous.getStartDate()));
      }
    }
  }
}
