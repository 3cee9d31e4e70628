package nl.woonzorg.analysis.monitor;

import java.time.LocalDate;
import nl.woonzorg.analysis.progress.GoalSeries;
import nl.woonzorg.model.goal.Goal;
import nl.woonzorg.model.monitoring.Indicator;
import nl.woonzorg.model.monitoring.Measurement;
import nl.woonzorg.model.monitoring.Monitoring;
import nl.woonzorg.model.quantity.Quantity;
import nl.woonzorg.model.quantity.Unit;
import nl.woonzorg.model.time.Deadline;

/** Goals counted in homes from a baseline, and their series, for the monitor's tests. */
final class Goals {

  static final String INDICATOR = "woningen-opgeleverd";

  private Goals() {}

  /** A goal of {@code target} homes by the end of {@code deadline}, from 0 at {@code fromYear}. */
  static Goal goal(long target, int fromYear, int deadline) {
    return goal(0, target, fromYear, deadline);
  }

  /**
   * A goal from {@code baseline} at {@code fromYear} to {@code target} by the end of {@code
   * deadline}: one that counts down if the target is below the baseline.
   */
  static Goal goal(long baseline, long target, int fromYear, int deadline) {
    return Goal.builder().id("doel").title("Woningen bouwen")
        .indicatorId(INDICATOR)
        .target(Quantity.of(target, Unit.WONINGEN))
        .baseline(Quantity.of(baseline, Unit.WONINGEN)).baselineYear(fromYear)
        .deadline(Deadline.ofYear(deadline))
        .build();
  }

  /** The series of {@code goal} over {@code measurements} of its indicator. */
  static GoalSeries series(Goal goal, Measurement... measurements) {
    return GoalSeries.of(goal, Monitoring.builder()
        .addIndicators(Indicator.of(INDICATOR, "Opgeleverde woningen", Unit.WONINGEN))
        .addMeasurements(measurements)
        .build());
  }

  /** The cumulative level {@code value} at the end of {@code year}. */
  static Measurement endOf(int year, long value) {
    return Measurement.of(INDICATOR, LocalDate.of(year, 12, 31), value);
  }
}
