package nl.woonzorg.analysis.monitor;

import static nl.woonzorg.analysis.monitor.Goals.endOf;
import static nl.woonzorg.analysis.monitor.Goals.goal;
import static nl.woonzorg.analysis.monitor.Goals.series;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.woonzorg.analysis.number.Fraction;
import nl.woonzorg.model.goal.Goal;
import nl.woonzorg.model.monitoring.Measurement;
import org.junit.jupiter.api.Test;

/** What the monitor must do for any goal and any measurements. */
class MonitorPropertiesTest {

  private static final MonitorSettings DEFAULTS = MonitorSettings.defaults();

  /**
   * A goal measured exactly on its straight path from baseline to target, in any year before its
   * deadline, with any window, is on track.
   */
  @Test
  void aGoalExactlyOnItsPathIsOnTrack() {
    qt().forAll(integers().between(2, 15), longs().between(1, 5_000), integers().between(0, 13),
            integers().between(1, 5))
        .checkAssert((years, perYear, seed, window) -> {
          int elapsed = 1 + seed % (years - 1);
          Goal goal = goal(perYear * years, 2020, 2020 + years);
          List<Measurement> path = new ArrayList<>();
          for (int year = 2021; year <= 2020 + elapsed; year++) {
            path.add(endOf(year, perYear * (year - 2020)));
          }
          GoalProgress progress = GoalProgress.of(series(goal, path.toArray(Measurement[]::new)),
              Fraction.ZERO, LocalDate.of(2020 + elapsed, 12, 31),
              MonitorSettings.builder().windowYears(window).build());
          assertEquals(ProgressStatus.ON_TRACK, progress.status());
          assertEquals(Optional.of(Fraction.ONE), progress.comparison().orElseThrow().ratio());
        });
  }

  /** Nothing realised in the window: no year can be projected, whatever the target. */
  @Test
  void aPaceOfZeroGivesNoProjectedYear() {
    qt().forAll(longs().between(1, 1_000_000), longs().between(0, 1_000_000),
            integers().between(1, 4))
        .checkAssert((target, level, years) -> {
          GoalProgress progress = GoalProgress.of(
              series(goal(target, 2020, 2030), endOf(2020 + years, level),
                  endOf(2020 + years + 1, level)),
              Fraction.ZERO, LocalDate.of(2029, 1, 1),
              MonitorSettings.builder().windowYears(1).build());
          assertEquals(Fraction.ZERO, progress.realisedPace().orElseThrow().pace());
          assertEquals(Optional.empty(), progress.projectedYear());
        });
  }

  /** The verdict of each year stays what it was when a later year's measurement comes in. */
  @Test
  void aLaterMeasurementNeverChangesAnEarlierYearsVerdict() {
    qt().forAll(lists().of(longs().between(0, 60)).ofSizeBetween(1, 9), longs().between(0, 60),
            longs().between(1, 500))
        .checkAssert((rises, laterRise, target) -> {
          List<Measurement> levels = new ArrayList<>();
          long level = 0;
          for (int i = 0; i < rises.size(); i++) {
            level += rises.get(i);
            levels.add(endOf(2021 + i, level));
          }
          Goal goal = goal(target, 2020, 2030);
          LocalDate asOf = LocalDate.of(2035, 1, 1);
          List<GoalProgress> before = GoalProgress.history(
              series(goal, levels.toArray(Measurement[]::new)), Fraction.ZERO, asOf, DEFAULTS);
          levels.add(endOf(2021 + rises.size(), level + laterRise));
          List<GoalProgress> after = GoalProgress.history(
              series(goal, levels.toArray(Measurement[]::new)), Fraction.ZERO, asOf, DEFAULTS);
          assertEquals(before.size() + 1, after.size());
          for (int i = 0; i < before.size(); i++) {
            assertEquals(before.get(i).status(), after.get(i).status());
            assertEquals(before.get(i).comparison(), after.get(i).comparison());
          }
        });
  }
}
