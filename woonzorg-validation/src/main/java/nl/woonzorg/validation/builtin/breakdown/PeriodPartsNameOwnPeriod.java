package nl.woonzorg.validation.builtin.breakdown;

import java.util.List;
import java.util.Optional;
import nl.woonzorg.model.goal.Breakdown;
import nl.woonzorg.model.goal.BreakdownDimension;
import nl.woonzorg.model.goal.BreakdownPart;
import nl.woonzorg.model.goal.Goal;
import nl.woonzorg.model.report.JsonPointer;
import nl.woonzorg.model.report.Severity;
import nl.woonzorg.model.time.PartialDate;
import nl.woonzorg.validation.internal.BuiltIn;
import nl.woonzorg.validation.internal.BuiltInRule;
import nl.woonzorg.validation.rule.GoalRule;
import nl.woonzorg.validation.rule.RuleContext;
import nl.woonzorg.validation.rule.RuleDefinition;
import org.apiguardian.api.API;

/**
 * <b>WZ-SUM-08</b>: each part of a goal's breakdown per period ({@link
 * BreakdownDimension#PERIODE}) names a period of its own — a year with a part of the year (a half
 * year, a quarter), or a year — that no earlier part of the breakdown overlaps. That the parts add
 * up to the target is WZ-SMART-R-01's to check, that their years lie before the deadline
 * WZ-SUM-02's.
 */
@API(status = API.Status.INTERNAL, since = "0.2.0")
@BuiltInRule
public final class PeriodPartsNameOwnPeriod implements GoalRule {

  /** What {@code period} says for a part without a year, and {@code overlaps} for no overlap. */
  private static final String NONE = "—";

  private static final RuleDefinition DEFINITION = BuiltIn.rule("WZ-SUM-08")
      .severity(Severity.ERROR)
      .rationale("A target set per half year, as the statushouders taakstelling is, is judged"
          + " period by period with the backlog carried over; a part without a period, or two"
          + " parts for overlapping periods, cannot be judged and double-count what is realised.")
      .source("ANALYSIS.md § 4 (periodic targets with backlog: statushouders, Platform Opnieuw"
          + " Thuis 19-10-2016) and § 5 (Huisvestingswet 2014 art. 29: taakstelling per half"
          + " year)")
      .example("A goal split per period into 2024 EERSTE_HELFT: 30 and 2024 KWARTAAL_2: 15.")
      .arguments("goalId", "part", "period", "overlaps")
      .build();

  /** Creates the rule; it holds no state. */
  public PeriodPartsNameOwnPeriod() {}

  @Override
  public RuleDefinition definition() {
    return DEFINITION;
  }

  @Override
  public void check(Goal goal, RuleContext context) {
    for (int i = 0; i < goal.getBreakdowns().size(); i++) {
      Breakdown breakdown = goal.getBreakdowns().get(i);
      if (breakdown.getDimension() != BreakdownDimension.PERIODE) {
        continue;
      }
      List<BreakdownPart> parts = breakdown.getParts();
      for (int j = 0; j < parts.size(); j++) {
        JsonPointer at = JsonPointer.of("breakdowns").append(i).append("parts").append(j);
        Optional<PartialDate> period = parts.get(j).period();
        if (period.isEmpty()) {
          context.report(at.append("year"), NONE, goal.getId(), parts.get(j).getLabel(), NONE,
              NONE);
          continue;
        }
        Optional<BreakdownPart> earlier = overlapped(parts.subList(0, j), period.get());
        if (earlier.isPresent()) {
          context.report(at, period.get().toString(), goal.getId(), parts.get(j).getLabel(),
              period.get().toString(), earlier.get().getLabel());
        }
      }
    }
  }

  /** The first of {@code before} whose period overlaps {@code period}; empty if none. */
  private static Optional<BreakdownPart> overlapped(List<BreakdownPart> before,
      PartialDate period) {
    return before.stream()
        .filter(part -> part.period()
            .map(p -> !p.firstDay().isAfter(period.lastDay())
                && !period.firstDay().isAfter(p.lastDay()))
            .orElse(false))
        .findFirst();
  }
}
