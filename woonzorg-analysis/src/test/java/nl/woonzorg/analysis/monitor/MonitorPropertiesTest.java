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
import nl.woonzorg.analysis.pace.Direction;
import nl.woonzorg.model.goal.Goal;
import nl.woonzorg.model.monitoring.Measurement;
import org.junit.jupiter.api.Test;

/** What the monitor must do for any goal and any measurements. */
class MonitorPropertiesTest {

  private static final MonitorSettings DEFAULTS = MonitorSettings.defaults();

  /**
   * A goal measured exactly on its straight path from baseline to target, in any year before its
   * deadline, with any window, is on track — whether it counts up from zero or down to zero.
   */
  @Test
  void aGoalExactlyOnItsPathIsOnTrack() {
    qt().forAll(integers().between(2, 15), longs().between(1, 5_000), integers().between(0, 27),
            integers().between(1, 5))
        .checkAssert((years, perYear, seed, window) -> {
          int elapsed = 1 + seed / 2 % (years - 1);
          boolean down = seed % 2 == 1;
          long whole = perYear * years;
          Goal goal = down ? goal(whole, 0, 2020, 2020 + years) : goal(whole, 2020, 2020 + years);
          List<Measurement> path = new ArrayList<>();
          for (int year = 2021; year <= 2020 + elapsed; year++) {
            long done = perYear * (year - 2020);
            path.add(endOf(year, down ? whole - done : done));
          }
          GoalProgress progress = GoalProgress.of(series(goal, path.toArray(Measurement[]::new)),
              Fraction.ZERO, LocalDate.of(2020 + elapsed, 12, 31),
              MonitorSettings.builder().windowYears(window).build());
          assertEquals(down ? Direction.DOWN : Direction.UP, progress.direction());
          assertEquals(ProgressStatus.ON_TRACK, progress.status());
          assertEquals(Optional.of(Fraction.ONE), progress.comparison().orElseThrow().ratio());
        });
  }

  /**
   * Nothing realised in the window: no year can be projected, whatever the target, above or
   * below the baseline of 500,000.
   */
  @Test
  void aPaceOfZeroGivesNoProjectedYear() {
    qt().forAll(longs().between(0, 1_000_000), longs().between(0, 1_000_000),
            integers().between(1, 4))
        .checkAssert((target, level, years) -> {
          GoalProgress progress = GoalProgress.of(
              series(goal(500_000, target, 2020, 2030), endOf(2020 + years, level),
                  endOf(2020 + years + 1, level)),
              Fraction.ZERO, LocalDate.of(2029, 1, 1),
              MonitorSettings.builder().windowYears(1).build());
          assertEquals(Fraction.ZERO, progress.realisedPace().orElseThrow().pace());
          assertEquals(Optional.empty(), progress.projectedYear());
        });
  }

  /**
   * The verdict of each year stays what it was when a later year's measurement comes in, for a
   * goal that counts up from 0 (a target above it) and one that counts down from 500 (below it).
   */
  @Test
  void aLaterMeasurementNeverChangesAnEarlierYearsVerdict() {
    qt().forAll(lists().of(longs().between(-30, 60)).ofSizeBetween(1, 9), longs().between(-30, 60),
            longs().between(-500, 500))
        .checkAssert((rises, laterRise, signedTarget) -> {
          // A target below zero stands for one that counts down: from 500 to 500 + it.
          long start = signedTarget < 0 ? 500 : 0;
          int way = signedTarget < 0 ? -1 : 1;
          List<Measurement> levels = new ArrayList<>();
          long level = start;
          for (int i = 0; i < rises.size(); i++) {
            level += way * rises.get(i);
            levels.add(endOf(2021 + i, level));
          }
          Goal goal = goal(start, start + signedTarget, 2020, 2030);
          LocalDate asOf = LocalDate.of(2035, 1, 1);
          List<GoalProgress> before = GoalProgress.history(
              series(goal, levels.toArray(Measurement[]::new)), Fraction.ZERO, asOf, DEFAULTS);
          levels.add(endOf(2021 + rises.size(), level + way * laterRise));
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
