package nl.woonzorg.analysis.monitor;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import nl.woonzorg.analysis.number.Fraction;
import nl.woonzorg.analysis.pace.Direction;
import nl.woonzorg.analysis.pace.PaceComparison;
import nl.woonzorg.analysis.pace.Projection;
import nl.woonzorg.analysis.pace.RealisedPace;
import nl.woonzorg.analysis.pace.RequiredPace;
import nl.woonzorg.analysis.progress.GoalSeries;
import nl.woonzorg.model.goal.Goal;
import nl.woonzorg.model.monitoring.Measurement;
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
public final class GoalProgress {

  private final Goal goal;
  private final LocalDate asOf;
  private final ProgressStatus status;
  private final @Nullable Unmeasurable reason;
  private final List<YearLevel> levels;
  private final @Nullable YearLevel windowStart;
  private final @Nullable RequiredPace requiredPace;
  private final @Nullable RealisedPace realisedPace;
  private final @Nullable Pipeline pipeline;

  private GoalProgress(Goal goal, LocalDate asOf, ProgressStatus status,
      @Nullable Unmeasurable reason, List<YearLevel> levels, @Nullable YearLevel windowStart,
      @Nullable RequiredPace requiredPace, @Nullable RealisedPace realisedPace,
      @Nullable Pipeline pipeline) {
    this.goal = goal;
    this.asOf = asOf;
    this.status = status;
    this.reason = reason;
    this.levels = List.copyOf(levels);
    this.windowStart = windowStart;
    this.requiredPace = requiredPace;
    this.realisedPace = realisedPace;
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
    List<YearLevel> levels = levels(series, asOf, goal, baseline);
    Optional<Fraction> target = goal.getTarget().map(q -> Fraction.from(q.getValue()));
    Unmeasurable reason = null;
    if (target.isEmpty()) {
      reason = Unmeasurable.NO_TARGET;
    } else if (goal.getDeadline().isEmpty()) {
      reason = Unmeasurable.NO_DEADLINE;
    } else if (levels.stream().allMatch(level -> level.measurement().isEmpty())) {
      reason = Unmeasurable.NO_MEASUREMENT;
    }
    if (reason != null) {
      return new GoalProgress(goal, asOf, ProgressStatus.NOT_MEASURABLE, reason, levels, null,
          null, null, null);
    }
    // A baseline dated after every measurement is no realisation; the last measured level is.
    YearLevel latest = levels.stream().filter(level -> level.measurement().isPresent())
        .reduce((first, second) -> second).orElseThrow();
    Optional<YearLevel> start = windowStart(levels, latest, settings.windowYears());
    RealisedPace realised = start.map(from -> RealisedPace.of(
        latest.value().subtract(from.value()), latest.year() - from.year())).orElse(null);
    Direction direction = Direction.of(baseline, target.get());
    long yearsLeft = goal.getDeadline().map(Deadline::deadlineYear).orElseThrow() - latest.year();
    RequiredPace required = yearsLeft > 0
        ? RequiredPace.of(direction, target.get(), latest.value(), yearsLeft) : null;
    // What is built is the way gone from the baseline, in the target's direction.
    Pipeline pipeline = planned.signum() > 0
        ? Pipeline.of(direction.oriented(latest.value().subtract(baseline)), planned,
            settings.planFailureRate())
        : null;
    ProgressStatus status;
    if (direction.hasReached(latest.value(), target.get())) {
      status = ProgressStatus.REACHED;
    } else if (required == null) {
      status = ProgressStatus.BEHIND;
    } else if (realised == null) {
      return new GoalProgress(goal, asOf, ProgressStatus.NOT_MEASURABLE, Unmeasurable.NO_PACE,
          levels, null, required, null, pipeline);
    } else {
      status = statusOf(PaceComparison.of(realised, required).ratio().orElseThrow(), settings);
    }
    return new GoalProgress(goal, asOf, status, null, levels, start.orElse(null), required,
        realised, pipeline);
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

  private static List<YearLevel> levels(GoalSeries series, LocalDate asOf, Goal goal,
      Fraction baseline) {
    Map<Integer, YearLevel> byYear = new TreeMap<>();
    goal.getBaselineYear().ifPresent(year -> byYear.put(year, YearLevel.baseline(year, baseline)));
    if (!series.indicatorIds().isEmpty()) {
      String indicatorId = series.indicatorIds().get(0);
      Map<LocalDate, List<Measurement>> byDate = series.measurements().stream()
          .filter(m -> m.getIndicatorId().equals(indicatorId))
          .filter(m -> !m.getReferenceDate().isAfter(asOf))
          .collect(Collectors.groupingBy(Measurement::getReferenceDate, TreeMap::new,
              Collectors.toList()));
      byDate.values().stream()
          .filter(GoalProgress::agree)
          .forEach(ofDate -> {
            YearLevel level = YearLevel.of(ofDate.get(0));
            byYear.put(level.year(), level);
          });
    }
    return List.copyOf(byYear.values());
  }

  private static Fraction baselineOf(Goal goal) {
    return goal.getBaseline().map(q -> Fraction.from(q.getValue())).orElse(Fraction.ZERO);
  }

  /** Whether the measurements of one date give one value. */
  static boolean agree(List<Measurement> ofDate) {
    return ofDate.stream().map(m -> Fraction.from(m.getValue())).distinct().count() == 1;
  }

  private static Optional<YearLevel> windowStart(List<YearLevel> levels, YearLevel latest,
      int windowYears) {
    int from = latest.year() - windowYears;
    Optional<YearLevel> atOrBefore = levels.stream()
        .filter(level -> level.year() <= from)
        .reduce((first, second) -> second);
    return atOrBefore.isPresent()
        ? atOrBefore
        : levels.stream().filter(level -> level.year() < latest.year()).findFirst();
  }

  private static ProgressStatus statusOf(Fraction ratio, MonitorSettings settings) {
    if (ratio.compareTo(settings.onTrackRatio()) >= 0) {
      return ProgressStatus.ON_TRACK;
    }
    return ratio.compareTo(settings.atRiskRatio()) >= 0
        ? ProgressStatus.AT_RISK : ProgressStatus.BEHIND;
  }

  /** The goal. */
  public Goal goal() {
    return goal;
  }

  /** The date the progress is taken at; later measurements are not counted. */
  public LocalDate asOf() {
    return asOf;
  }

  /** The status. */
  public ProgressStatus status() {
    return status;
  }

  /** Why the goal is not measurable; empty unless the status is {@code NOT_MEASURABLE}. */
  public Optional<Unmeasurable> reason() {
    return Optional.ofNullable(reason);
  }

  /** The target, exact; empty if the goal has none. */
  public Optional<Fraction> target() {
    return goal.getTarget().map(q -> Fraction.from(q.getValue()));
  }

  /**
   * The direction from the baseline (zero if none) to the target: {@link Direction#DOWN} if the
   * target is below it; {@link Direction#UP} if not, or if the goal has no target.
   */
  public Direction direction() {
    return target().map(target -> Direction.of(baselineOf(goal), target)).orElse(Direction.UP);
  }

  /** The level of each year, the baseline's included, oldest first; empty if none. */
  public List<YearLevel> levels() {
    return levels;
  }

  /** The latest measured level, what is realised; empty if nothing was measured. */
  public Optional<YearLevel> latest() {
    return levels.stream().filter(level -> level.measurement().isPresent())
        .reduce((first, second) -> second);
  }

  /**
   * The share of the way from baseline to target that is realised, {@code (realised − baseline) /
   * (target − baseline)}, for a target that counts down as well (from 120 to 80, at 100: 1/2);
   * empty without a measurement, or if target and baseline are equal.
   */
  public Optional<Fraction> share() {
    Fraction baseline = baselineOf(goal);
    return target().filter(target -> !target.equals(baseline)).flatMap(target -> latest()
        .map(level -> level.value().subtract(baseline).divide(target.subtract(baseline))));
  }

  /** The level the realised pace is taken from; empty if there is no realised pace. */
  public Optional<YearLevel> windowStart() {
    return Optional.ofNullable(windowStart);
  }

  /** The realised pace a year, from {@link #windowStart()} to {@link #latest()}; may be empty. */
  public Optional<RealisedPace> realisedPace() {
    return Optional.ofNullable(realisedPace);
  }

  /** The pace a year still required to the deadline; empty if no year is left or not measurable. */
  public Optional<RequiredPace> requiredPace() {
    return Optional.ofNullable(requiredPace);
  }

  /** The realised pace held against the required pace; empty unless both are there. */
  public Optional<PaceComparison> comparison() {
    return realisedPace().flatMap(realised -> requiredPace()
        .map(required -> PaceComparison.of(realised, required)));
  }

  /** When the target is reached at the realised pace; empty without a realised pace. */
  public Optional<Projection> projection() {
    return realisedPace().flatMap(realised -> latest().flatMap(latest -> target()
        .map(target -> Projection.of(direction(), Fraction.of(latest.year()), target,
            latest.value(), realised.pace()))));
  }

  /**
   * The year the target is reached at the realised pace, exact; empty at a pace of 0 or one that
   * goes away from the target.
   */
  public Optional<Fraction> projectedYear() {
    return projection().flatMap(Projection::reachedAt);
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
        && status == ((GoalProgress) other).status
        && reason == ((GoalProgress) other).reason
        && levels.equals(((GoalProgress) other).levels)
        && Objects.equals(windowStart, ((GoalProgress) other).windowStart)
        && Objects.equals(requiredPace, ((GoalProgress) other).requiredPace)
        && Objects.equals(realisedPace, ((GoalProgress) other).realisedPace)
        && Objects.equals(pipeline, ((GoalProgress) other).pipeline);
  }

  @Override
  public int hashCode() {
    return Objects.hash(goal.getId(), asOf, status, levels, requiredPace, realisedPace);
  }

  /** The goal's id, status and paces, for debugging; the form may change. */
  @Override
  public String toString() {
    return goal.getId() + " as of " + asOf + ": " + status + reason().map(r -> " (" + r + ")")
        .orElse("") + ", required " + requiredPace + ", realised " + realisedPace;
  }
}
