package nl.woonzorg.analysis.monitor;

import static nl.woonzorg.analysis.monitor.Goals.endOf;
import static nl.woonzorg.analysis.monitor.Goals.goal;
import static nl.woonzorg.analysis.monitor.Goals.series;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.woonzorg.analysis.number.Fraction;
import nl.woonzorg.analysis.pace.Direction;
import nl.woonzorg.analysis.progress.GoalSeries;
import nl.woonzorg.model.fixture.GemeenteA;
import nl.woonzorg.model.goal.Goal;
import nl.woonzorg.model.monitoring.Measurement;
import nl.woonzorg.model.monitoring.Monitoring;
import org.junit.jupiter.api.Test;

/** Progress per goal, with the published figures of shared/ANALYSIS.md, section 4. */
class GoalProgressTest {

  private static final MonitorSettings DEFAULTS = MonitorSettings.defaults();

  /**
   * The Kamerbrief of 5 June 2024: 800,000 homes still to build over 2024–2030 is 800000/7 =
   * 114,285 5/7 a year; some 180,000 built in two years is 90,000 a year, 63/80 of what is
   * required — behind.
   */
  @Test
  void theNationalBuildingPaceIs63EightiethsOfWhatIsRequired() {
    GoalProgress progress = GoalProgress.of(series(goal(980_000, 2021, 2030), endOf(2023, 180_000)),
        Fraction.ZERO, LocalDate.of(2023, 12, 31), DEFAULTS);

    assertEquals("114285 5/7", progress.requiredPace().orElseThrow().pace().toMixedString());
    assertEquals(7, progress.requiredPace().orElseThrow().periodsLeft());
    assertEquals(Fraction.of(90_000), progress.realisedPace().orElseThrow().pace());
    assertEquals(2, progress.realisedPace().orElseThrow().window());
    assertEquals(Optional.of(Fraction.of(63, 80)), progress.comparison().orElseThrow().ratio());
    assertEquals(ProgressStatus.BEHIND, progress.status());
    assertEquals(Optional.of(Fraction.of(2031 * 9 + 8, 9)), progress.projectedYear());
    assertEquals(Optional.of(Fraction.of(9, 49)), progress.share());
  }

  /**
   * The MIT shortage fell 15,000 a year from 132,000 (2006) to 87,000 (2009), counted here as a
   * goal to take 132,000 off it: at that pace it is gone in 2009 + 87000/15000 = 2014.8.
   */
  @Test
  void theMitShortageIsProjectedGoneIn2014Point8() {
    GoalProgress progress = GoalProgress.of(series(goal(132_000, 2006, 2015), endOf(2009, 45_000)),
        Fraction.ZERO, LocalDate.of(2009, 12, 31), DEFAULTS);

    assertEquals(Fraction.of(15_000), progress.realisedPace().orElseThrow().pace());
    assertEquals(new BigDecimal("2014.8"),
        progress.projectedYear().orElseThrow().toBigDecimal(1, RoundingMode.UNNECESSARY));
    assertEquals(ProgressStatus.ON_TRACK, progress.status());
  }

  /**
   * Gemeente A, with the example's three illustrative measurements (20, 50, 90 units at the end of
   * 2022–2024) and its programme's 150 planned units: on track for 110 in 2025.
   */
  @Test
  void gemeenteAIsOnTrackForItsClusteredUnits() {
    Goal goal = GemeenteA.clusteredHousingGoal();
    Monitoring monitoring = Monitoring.builder().from(GemeenteA.monitoring())
        .addMeasurements(
            Measurement.of(GemeenteA.INDICATOR_CLUSTERED, LocalDate.of(2022, 12, 31), 20),
            Measurement.of(GemeenteA.INDICATOR_CLUSTERED, LocalDate.of(2023, 12, 31), 50),
            Measurement.of(GemeenteA.INDICATOR_CLUSTERED, LocalDate.of(2024, 12, 31), 90))
        .build();
    GoalProgress progress = GoalProgress.of(GoalSeries.of(goal, monitoring), Fraction.of(150),
        LocalDate.of(2024, 12, 31), DEFAULTS);

    assertEquals(ProgressStatus.ON_TRACK, progress.status());
    assertEquals(Fraction.of(90), progress.latest().orElseThrow().value());
    assertEquals(Optional.of(Fraction.of(9, 11)), progress.share());
    assertEquals(Fraction.of(20), progress.requiredPace().orElseThrow().pace());
    assertEquals("70 / 2 = 35", progress.realisedPace().orElseThrow().toString());
    assertEquals(2022, progress.windowStart().orElseThrow().year());
    assertEquals(Optional.of(Fraction.of(7, 4)), progress.comparison().orElseThrow().ratio());
    assertEquals(Optional.of(Fraction.of(2024 * 7 + 4, 7)), progress.projectedYear());
    Pipeline pipeline = progress.pipeline().orElseThrow();
    assertEquals(Fraction.of(60), pipeline.unbuilt());
    assertEquals(Fraction.of(42), pipeline.expected());
    assertEquals(Fraction.of(132), pipeline.builtAndExpected());
    assertEquals(List.of(ProgressStatus.NOT_MEASURABLE, ProgressStatus.ON_TRACK,
            ProgressStatus.ON_TRACK),
        GoalProgress.history(GoalSeries.of(goal, monitoring), Fraction.of(150),
            LocalDate.of(2024, 12, 31), DEFAULTS).stream().map(GoalProgress::status).toList());
  }

  @Test
  void aShortfallWithinATenthIsAtRiskAndBeyondItBehind() {
    Goal goal = goal(100, 2020, 2030);
    assertEquals(ProgressStatus.AT_RISK, statusAt(goal, endOf(2025, 48)));
    assertEquals(ProgressStatus.BEHIND, statusAt(goal, endOf(2025, 45)));
    assertEquals(ProgressStatus.ON_TRACK, statusAt(goal, endOf(2025, 50)));
    assertEquals(ProgressStatus.REACHED, statusAt(goal, endOf(2025, 100)));
  }

  /**
   * A goal that counts down, "from 120 to 80 households waiting" between 2020 and 2026: at 100 by
   * the end of 2024 it has come half way, at −5 a year since 2020 against −10 a year required —
   * half the pace, behind, and 80 reached in 2024 + (80 − 100) / −5 = 2028.
   */
  @Test
  void aGoalThatCountsDownHasPacesBelowZeroAndReadsAsOneThatCountsUp() {
    Goal goal = goal(120, 80, 2020, 2026);
    GoalProgress progress = GoalProgress.of(series(goal, endOf(2022, 110), endOf(2023, 104),
        endOf(2024, 100)), Fraction.ZERO, LocalDate.of(2024, 12, 31), DEFAULTS);

    assertEquals(Direction.DOWN, progress.direction());
    assertEquals(Optional.of(Fraction.of(1, 2)), progress.share());
    assertEquals("(80 − 100) / 2 = -10", progress.requiredPace().orElseThrow().toString());
    assertEquals(Direction.DOWN, progress.requiredPace().orElseThrow().direction());
    assertEquals(2020, progress.windowStart().orElseThrow().year());
    assertEquals("-20 / 4 = -5", progress.realisedPace().orElseThrow().toString());
    assertEquals(Optional.of(Fraction.of(1, 2)), progress.comparison().orElseThrow().ratio());
    assertEquals(ProgressStatus.BEHIND, progress.status());
    assertEquals(Optional.of(Fraction.of(2028)), progress.projectedYear());
  }

  @Test
  void aGoalThatCountsDownIsReachedAtOrBelowItsTargetAndJudgedByTheSameRatios() {
    Goal goal = goal(120, 20, 2020, 2030);
    assertEquals(ProgressStatus.REACHED, statusAt(goal, endOf(2025, 20)));
    assertEquals(ProgressStatus.REACHED, statusAt(goal, endOf(2025, 15)));
    assertEquals(ProgressStatus.ON_TRACK, statusAt(goal, endOf(2025, 70)));
    assertEquals(ProgressStatus.AT_RISK, statusAt(goal, endOf(2025, 72)));
    assertEquals(ProgressStatus.BEHIND, statusAt(goal, endOf(2025, 75)));
  }

  /** Waiting lists that grow again go away from the target: a negative ratio, no projected year. */
  @Test
  void aGoalThatCountsDownAndRisesIsBehindAndNeverProjected() {
    GoalProgress progress = GoalProgress.of(series(goal(120, 80, 2020, 2030), endOf(2024, 100),
        endOf(2025, 105)), Fraction.ZERO, LocalDate.of(2025, 12, 31),
        MonitorSettings.builder().windowYears(1).build());

    assertEquals(Fraction.of(5), progress.realisedPace().orElseThrow().pace());
    assertEquals(Optional.of(Fraction.of(-1, 1)), progress.comparison().orElseThrow().ratio());
    assertEquals(ProgressStatus.BEHIND, progress.status());
    assertEquals(Optional.empty(), progress.projectedYear());
  }

  @Test
  void aDeadlinePassedUnmetIsBehind() {
    assertEquals(ProgressStatus.BEHIND, statusAt(goal(100, 2020, 2024), endOf(2024, 99)));
  }

  @Test
  void withoutTargetMeasurementOrPaceAGoalIsNotMeasurable() {
    Goal untargeted = Goal.builder().from(goal(100, 2020, 2030)).target(Optional.empty()).build();
    Goal noBaseline = Goal.builder().from(goal(100, 2020, 2030)).baselineYear(Optional.empty())
        .build();
    assertEquals(Optional.of(Unmeasurable.NO_TARGET), reasonAt(untargeted, endOf(2025, 50)));
    assertEquals(Optional.of(Unmeasurable.NO_MEASUREMENT), reasonAt(goal(100, 2020, 2030)));
    assertEquals(Optional.of(Unmeasurable.NO_PACE), reasonAt(noBaseline, endOf(2025, 50)));
  }

  @Test
  void measurementsOfOneDateThatDisagreeAreLeftOut() {
    Measurement other = Measurement.builder().from(endOf(2025, 60)).source("corporatie").build();
    GoalProgress progress = GoalProgress.of(series(goal(100, 2020, 2030), endOf(2024, 40),
        endOf(2025, 50), other), Fraction.ZERO, LocalDate.of(2025, 12, 31), DEFAULTS);
    assertEquals(2024, progress.latest().orElseThrow().year());
  }

  private static ProgressStatus statusAt(Goal goal, Measurement... measurements) {
    return GoalProgress.of(series(goal, measurements), Fraction.ZERO, LocalDate.of(2030, 1, 1),
        DEFAULTS).status();
  }

  private static Optional<Unmeasurable> reasonAt(Goal goal, Measurement... measurements) {
    return GoalProgress.of(series(goal, measurements), Fraction.ZERO, LocalDate.of(2030, 1, 1),
        DEFAULTS).reason();
  }
}
