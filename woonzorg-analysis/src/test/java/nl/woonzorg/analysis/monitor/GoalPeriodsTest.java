package nl.woonzorg.analysis.monitor;

import static nl.woonzorg.analysis.monitor.Goals.INDICATOR;
import static nl.woonzorg.analysis.monitor.Goals.series;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.woonzorg.analysis.number.Fraction;
import nl.woonzorg.analysis.pace.PeriodOutcome;
import nl.woonzorg.model.HousingCareVision;
import nl.woonzorg.model.fixture.GemeenteA;
import nl.woonzorg.model.goal.Breakdown;
import nl.woonzorg.model.goal.BreakdownDimension;
import nl.woonzorg.model.goal.BreakdownPart;
import nl.woonzorg.model.goal.Goal;
import nl.woonzorg.model.monitoring.Indicator;
import nl.woonzorg.model.monitoring.Measurement;
import nl.woonzorg.model.monitoring.Monitoring;
import nl.woonzorg.model.quantity.Quantity;
import nl.woonzorg.model.quantity.Unit;
import nl.woonzorg.model.time.Deadline;
import nl.woonzorg.model.time.YearPart;
import org.junit.jupiter.api.Test;

/** A goal's targets per half year, read from its breakdown per period, judged by the monitor. */
class GoalPeriodsTest {

  private static final MonitorSettings DEFAULTS = MonitorSettings.defaults();

  /** 30 homes in each half year of 2024–2026, 180 in all, counted from zero. */
  private static Goal halfYearly(Optional<Quantity> baseline) {
    List<BreakdownPart> parts = new ArrayList<>();
    for (int year = 2024; year <= 2026; year++) {
      parts.add(half(year, YearPart.EERSTE_HELFT, 30));
      parts.add(half(year, YearPart.TWEEDE_HELFT, 30));
    }
    return Goal.builder().id("doel-halfjaar").title("30 woningen per halfjaar")
        .indicatorId(INDICATOR).target(Quantity.of(180, Unit.WONINGEN)).baseline(baseline)
        .deadline(Deadline.ofYear(2026))
        .addBreakdowns(Breakdown.builder().dimension(BreakdownDimension.PERIODE).parts(parts)
            .build())
        .build();
  }

  private static BreakdownPart half(int year, YearPart part, long value) {
    return BreakdownPart.builder().label(part.getLabelNl() + " " + year)
        .value(BigDecimal.valueOf(value)).year(year).partOfYear(part).build();
  }

  private static Measurement level(LocalDate date, long value) {
    return Measurement.of(INDICATOR, date, value);
  }

  private static HousingCareVision vision(Goal goal, List<Measurement> measurements) {
    return HousingCareVision.builder().from(GemeenteA.vision()).goals(List.of(goal))
        .agreements(List.of())
        .monitoring(Monitoring.builder()
            .addIndicators(Indicator.of(INDICATOR, "Opgeleverde woningen", Unit.WONINGEN))
            .measurements(measurements).build())
        .build();
  }

  /**
   * Levels of 25 at mid-2024, 60 at the end of 2024 and 70 at mid-2025: the first half of 2024
   * realises 25 of 30 and leaves 5; the second realises 35 of 30 + 5 and leaves none; the first
   * half of 2025 realises 10 of 30 and leaves 20. The halves still running are not judged.
   */
  @Test
  void eachEndedHalfYearIsJudgedWithTheBacklogCarriedOver() {
    PeriodicProgress progress = PeriodicProgress.ofGoal(series(halfYearly(Optional.empty()),
            level(LocalDate.of(2024, 6, 30), 25), level(LocalDate.of(2024, 12, 31), 60),
            level(LocalDate.of(2025, 6, 30), 70)),
        LocalDate.of(2025, 9, 30), DEFAULTS).orElseThrow();

    assertEquals(List.of("2024 EERSTE_HELFT: 30 + 0 = 30, realised 25, backlog 5",
            "2024 TWEEDE_HELFT: 30 + 5 = 35, realised 35, backlog 0",
            "2025 EERSTE_HELFT: 30 + 0 = 30, realised 10, backlog 20"),
        progress.backlog().outcomes().stream().map(PeriodOutcome::toString).toList());
    assertEquals(List.of(true, false, true),
        progress.backlog().outcomes().stream().map(PeriodOutcome::missed).toList());
    assertEquals(1, progress.backlog().consecutiveMissed());
    assertEquals(INDICATOR, progress.indicatorId());
  }

  /**
   * Four half years missed in a row are the monitor's finding about the goal, dated the last day
   * of the fourth; three are not.
   */
  @Test
  void fourHalfYearsMissedInARowAreAFindingAboutTheGoal() {
    List<Measurement> levels = List.of(level(LocalDate.of(2024, 6, 30), 20),
        level(LocalDate.of(2024, 12, 31), 40), level(LocalDate.of(2025, 6, 30), 60),
        level(LocalDate.of(2025, 12, 31), 80));
    HousingCareVision vision = vision(halfYearly(Optional.empty()), levels);

    VisionMonitor three = VisionMonitor.of(vision, LocalDate.of(2025, 6, 30), DEFAULTS);
    assertEquals(List.of(), three.findings().stream()
        .filter(f -> f.kind() == FindingKind.PERIODS_MISSED).toList());
    VisionMonitor four = VisionMonitor.of(vision, LocalDate.of(2025, 12, 31), DEFAULTS);
    assertEquals(Fraction.of(40), four.periods("doel-halfjaar").orElseThrow().backlog().backlog());
    assertEquals(List.of(MonitorFinding.of(FindingKind.PERIODS_MISSED, "doel-halfjaar",
            LocalDate.of(2025, 12, 31), List.of())),
        four.findings().stream().filter(f -> f.kind() == FindingKind.PERIODS_MISSED).toList());
  }

  /**
   * No verdicts per period where they cannot be read: a goal without a breakdown per period, one
   * with a baseline other than zero, one whose parts overlap (WZ-SUM-08) and one whose level
   * falls within a half year (a correction to resolve); a baseline of zero is read.
   */
  @Test
  void goalsWhosePeriodsCannotBeReadHaveNoVerdictsPerPeriod() {
    LocalDate asOf = LocalDate.of(2025, 1, 1);
    Goal plain = Goal.builder().from(halfYearly(Optional.empty())).breakdowns(List.of()).build();
    Goal overlapping = Goal.builder().from(halfYearly(Optional.empty()))
        .breakdowns(List.of(Breakdown.of(BreakdownDimension.PERIODE,
            half(2024, YearPart.EERSTE_HELFT, 90), half(2024, YearPart.KWARTAAL_2, 90))))
        .build();
    List<Measurement> falling = List.of(level(LocalDate.of(2023, 12, 31), 9),
        level(LocalDate.of(2024, 6, 30), 7));

    assertEquals(Optional.empty(), PeriodicProgress.ofGoal(series(plain), asOf, DEFAULTS));
    assertEquals(Optional.empty(), PeriodicProgress.ofGoal(
        series(halfYearly(Optional.of(Quantity.of(10, Unit.WONINGEN)))), asOf, DEFAULTS));
    assertEquals(Optional.empty(), PeriodicProgress.ofGoal(series(overlapping), asOf, DEFAULTS));
    assertEquals(Optional.empty(), VisionMonitor.of(vision(halfYearly(Optional.empty()), falling),
        asOf, DEFAULTS).periods("doel-halfjaar"));
    assertEquals(2, PeriodicProgress.ofGoal(series(halfYearly(Optional.of(Quantity.of(0,
        Unit.WONINGEN)))), asOf, DEFAULTS).orElseThrow().backlog().outcomes().size());
  }

  /**
   * Whatever is measured after a half year has ended, its verdict in the monitor stays what it
   * was: the monitor rerun later, with a later level added, judges the ended halves alike.
   */
  @Test
  void aLaterMeasurementNeverChangesAnEndedHalfYearsVerdict() {
    qt().forAll(lists().of(integers().between(0, 50)).ofSizeBetween(1, 5),
            integers().between(0, 50), integers().between(1, 9))
        .checkAssert((rises, laterRise, monthsLater) -> {
          List<Measurement> levels = new ArrayList<>();
          long level = 0;
          LocalDate end = LocalDate.of(2023, 12, 31);
          for (int rise : rises) {
            end = end.plusMonths(6).withDayOfMonth(1).plusMonths(1).minusDays(1);
            level += rise;
            levels.add(level(end, level));
          }
          Goal goal = halfYearly(Optional.empty());
          VisionMonitor before = VisionMonitor.of(vision(goal, levels), end, DEFAULTS);
          LocalDate later = end.plusMonths(monthsLater);
          levels.add(level(later, level + laterRise));
          VisionMonitor after = VisionMonitor.of(vision(goal, levels), later, DEFAULTS);

          List<PeriodOutcome> judged = before.periods(goal.getId()).orElseThrow().backlog()
              .outcomes();
          assertEquals(rises.size(), judged.size());
          assertEquals(judged, after.periods(goal.getId()).orElseThrow().backlog().outcomes()
              .subList(0, judged.size()));
        });
  }
}
