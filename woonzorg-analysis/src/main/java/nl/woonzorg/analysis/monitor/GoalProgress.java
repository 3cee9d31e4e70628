package nl.woonzorg.analysis.monitor;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import nl.woonzorg.analysis.number.Fraction;
import nl.woonzorg.analysis.pace.Direction;
import nl.woonzorg.analysis.progress.GoalSeries;
import nl.woonzorg.model.goal.Goal;
import nl.woonzorg.model.time.Deadline;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A goal's progress as of a date (<i>voortgang</i>): what was realised, its share of the target,
 * the required pace to the deadline, the realised pace over the last years, their ratio, the year
 * the target is reached at that pace, the pipeline, and the {@link ProgressStatus status} that
 * follows — each figure exact and with the {@linkplain YearLevel levels} and measurements it came
 * from.
 *
 * <p>How it is read, and why:
 *
 * <ul>
 *   <li>The goal's own indicator (the first of {@link GoalSeries#indicatorIds()}) is followed, as
 *       other indicators of a goal may measure something else (a share, a waiting time).
 *   <li>Its measurements are cumulative levels in the target's unit, as a monitor of homes
 *       developed reports them; the baseline (<i>nulmeting</i>) is zero if the goal gives none.
 *   <li>The monitor counts in years, the rhythm of the cycle: a measurement stands for the end of
 *       its year, a year's level is its last measurement, and the years left are {@code deadline
 *       year − year of the latest level}.
 *   <li>The realised pace runs from the latest level back {@link MonitorSettings#windowYears()}
 *       years, to the last level at or before then; if there is none, from the earliest level
 *       there is. The baseline counts as a level in its baseline year.
 *   <li>Measurements of one date that disagree are left out, never picked between; {@link
 *       VisionMonitor} reports them.
 *   <li>A target below the baseline {@linkplain Direction#DOWN counts down} ("from 120 to 80
 *       households waiting"): the paces are then below zero, their ratio reads as for a target
 *       that counts up (−5 a year against −10 required is 1/2), the target is reached at or below
 *       it, and the share is the part of the way down. A goal that counts down needs its
 *       baseline: without one the baseline is zero, and a target above zero counts up.
 * </ul>
 *
 * <p>Immutable and thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class GoalProgress extends LevelProgress {

  private final Goal goal;
  private final LocalDate asOf;
  private final @Nullable Pipeline pipeline;

  private GoalProgress(Goal goal, LocalDate asOf, LevelTrack track,
      @Nullable Pipeline pipeline) {
    super(track);
    this.goal = goal;
    this.asOf = asOf;
    this.pipeline = pipeline;
  }

  /**
   * Returns the progress of {@code series} as of {@code asOf}, counting only measurements on or
   * before it, with {@code planned} the plan capacity for the goal in all (zero if none).
   */
  public static GoalProgress of(GoalSeries series, Fraction planned, LocalDate asOf,
      MonitorSettings settings) {
    Objects.requireNonNull(series, "series");
    Objects.requireNonNull(planned, "planned");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(settings, "settings");
    Goal goal = series.goal();
    Fraction baseline = baselineOf(goal);
    Map<Integer, YearLevel> byYear = new TreeMap<>();
    goal.getBaselineYear().ifPresent(year -> byYear.put(year, YearLevel.baseline(year, baseline)));
    if (!series.indicatorIds().isEmpty()) {
      byYear.putAll(LevelTrack.measuredLevels(series.measurements(),
          series.indicatorIds().get(0), asOf));
    }
    LevelTrack track = LevelTrack.of(List.copyOf(byYear.values()), baseline,
        goal.getTarget().map(q -> Fraction.from(q.getValue())),
        goal.getDeadline().map(Deadline::deadlineYear), settings);
    // What is built is the way gone from the baseline, in the target's direction.
    // A goal without target, deadline or measurement has no way gone; one without a pace has.
    Pipeline pipeline = planned.signum() > 0
        && track.reason().filter(reason -> reason != Unmeasurable.NO_PACE).isEmpty()
        ? Pipeline.of(track.direction().oriented(track.latest().orElseThrow().value()
            .subtract(baseline)), planned, settings.planFailureRate())
        : null;
    return new GoalProgress(goal, asOf, track, pipeline);
  }

  /**
   * Returns the progress as of the end of each year with a level, up to {@code asOf}, oldest
   * first: the verdict each monitoring year gave. A later measurement never changes an earlier
   * year's verdict.
   */
  public static List<GoalProgress> history(GoalSeries series, Fraction planned, LocalDate asOf,
      MonitorSettings settings) {
    List<GoalProgress> history = new ArrayList<>();
    for (YearLevel level : of(series, planned, asOf, settings).levels()) {
      if (level.measurement().isPresent()) {
        LocalDate endOfYear = LocalDate.of(level.year(), 12, 31);
        history.add(of(series, planned, endOfYear.isBefore(asOf) ? endOfYear : asOf, settings));
      }
    }
    return history;
  }

  private static Fraction baselineOf(Goal goal) {
    return goal.getBaseline().map(q -> Fraction.from(q.getValue())).orElse(Fraction.ZERO);
  }

  /** The goal. */
  public Goal goal() {
    return goal;
  }

  /** The date the progress is taken at; later measurements are not counted. */
  public LocalDate asOf() {
    return asOf;
  }

  /** The pipeline of plan capacity after planuitval; empty if nothing is planned. */
  public Optional<Pipeline> pipeline() {
    return Optional.ofNullable(pipeline);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof GoalProgress
        && goal.equals(((GoalProgress) other).goal)
        && asOf.equals(((GoalProgress) other).asOf)
        && track().equals(((GoalProgress) other).track())
        && Objects.equals(pipeline, ((GoalProgress) other).pipeline);
  }

  @Override
  public int hashCode() {
    return Objects.hash(goal.getId(), asOf, track());
  }

  /** The goal's id, status and paces, for debugging; the form may change. */
  @Override
  public String toString() {
    return goal.getId() + " as of " + asOf + ": " + track();
  }
}
