package nl.woonzorg.analysis.progress;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import nl.woonzorg.model.goal.Goal;
import nl.woonzorg.model.monitoring.Indicator;
import nl.woonzorg.model.monitoring.Measurement;
import nl.woonzorg.model.monitoring.Monitoring;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A goal's measurement series (<i>meetreeks</i>): the {@link Goal} (<i>doel</i>), the indicators
 * (<i>indicatoren</i>) that follow it, and their measurements (<i>metingen</i>), oldest first —
 * what a monitor holds against the goal's target, and what a report charts.
 *
 * <p>An indicator follows a goal when the goal names it ({@link Goal#getIndicatorId()}) or when it
 * lists the goal ({@link Indicator#getGoalIds()}); each counts once, the goal's own first, then in
 * the order of the monitoring. A goal may name an indicator the monitoring does not define (a
 * draft; validation reports it): its id is among the {@link #indicatorIds()} and its measurements
 * count, but it is not among the {@link #indicators()}.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class GoalSeries {

  private final Goal goal;
  private final List<String> indicatorIds;
  private final List<Indicator> indicators;
  private final List<Measurement> measurements;

  private GoalSeries(Goal goal, List<String> indicatorIds, List<Indicator> indicators,
      List<Measurement> measurements) {
    this.goal = goal;
    this.indicatorIds = List.copyOf(indicatorIds);
    this.indicators = List.copyOf(indicators);
    this.measurements = List.copyOf(measurements);
  }

  /** Returns the series of {@code goal} in {@code monitoring}; empty lists if nothing follows it. */
  public static GoalSeries of(Goal goal, Monitoring monitoring) {
    Set<String> ids = new LinkedHashSet<>();
    goal.getIndicatorId().ifPresent(ids::add);
    monitoring.getIndicators().stream()
        .filter(indicator -> indicator.getGoalIds().contains(goal.getId()))
        .map(Indicator::getId)
        .forEach(ids::add);
    List<Indicator> indicators = ids.stream()
        .map(monitoring::findIndicator)
        .flatMap(Optional::stream)
        .toList();
    List<Measurement> measurements = new ArrayList<>();
    ids.forEach(id -> measurements.addAll(monitoring.measurementsOf(id)));
    // A stable sort: measurements on one date stay in the order of their indicators.
    measurements.sort(Comparator.comparing(Measurement::getReferenceDate));
    return new GoalSeries(goal, List.copyOf(ids), indicators, measurements);
  }

  /** The goal. */
  public Goal goal() {
    return goal;
  }

  /** The ids of the indicators that follow the goal, the goal's own first; empty if none. */
  public List<String> indicatorIds() {
    return indicatorIds;
  }

  /**
   * The indicators that follow the goal and that the monitoring defines, in the order of {@link
   * #indicatorIds()}; empty if none.
   */
  public List<Indicator> indicators() {
    return indicators;
  }

  /**
   * The measurements of every indicator that follows the goal, oldest reference date first;
   * measurements on one date in the order of {@link #indicatorIds()}, then as given. Empty if none.
   */
  public List<Measurement> measurements() {
    return measurements;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof GoalSeries
        && goal.equals(((GoalSeries) other).goal)
        && indicatorIds.equals(((GoalSeries) other).indicatorIds)
        && indicators.equals(((GoalSeries) other).indicators)
        && measurements.equals(((GoalSeries) other).measurements);
  }

  @Override
  public int hashCode() {
    return Objects.hash(goal, indicatorIds, indicators, measurements);
  }

  /** The goal's id with its indicator ids and measurements, for debugging; the form may change. */
  @Override
  public String toString() {
    return "GoalSeries of " + goal.getId() + " by " + indicatorIds + ": " + measurements;
  }
}
