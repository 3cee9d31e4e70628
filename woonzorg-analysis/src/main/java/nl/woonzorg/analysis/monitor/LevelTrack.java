package nl.woonzorg.analysis.monitor;

import java.time.LocalDate;
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
import nl.woonzorg.model.monitoring.Measurement;
import org.jspecify.annotations.Nullable;

/**
 * Yearly levels held against a target and a deadline year: the one computation of share, required
 * and realised pace, their ratio, projection and status that a goal's {@link GoalProgress} and an
 * agreement's {@link AgreementProgress} both give. How the levels are read is theirs to say; the
 * rules that follow from them are documented on {@link GoalProgress}.
 *
 * <p>Immutable and thread-safe.
 */
final class LevelTrack {

  private final ProgressStatus status;
  private final @Nullable Unmeasurable reason;
  private final List<YearLevel> levels;
  private final Fraction baseline;
  private final @Nullable Fraction target;
  private final @Nullable Integer deadlineYear;
  private final @Nullable YearLevel windowStart;
  private final @Nullable RequiredPace requiredPace;
  private final @Nullable RealisedPace realisedPace;

  private LevelTrack(ProgressStatus status, @Nullable Unmeasurable reason, List<YearLevel> levels,
      Fraction baseline, @Nullable Fraction target, @Nullable Integer deadlineYear,
      @Nullable YearLevel windowStart, @Nullable RequiredPace requiredPace,
      @Nullable RealisedPace realisedPace) {
    this.status = status;
    this.reason = reason;
    this.levels = List.copyOf(levels);
    this.baseline = baseline;
    this.target = target;
    this.deadlineYear = deadlineYear;
    this.windowStart = windowStart;
    this.requiredPace = requiredPace;
    this.realisedPace = realisedPace;
  }

  /**
   * Holds {@code levels}, oldest first, against {@code target} (empty if none) to be reached from
   * {@code baseline} by the end of {@code deadlineYear} (empty if none).
   */
  static LevelTrack of(List<YearLevel> levels, Fraction baseline, Optional<Fraction> target,
      Optional<Integer> deadlineYear, MonitorSettings settings) {
    Objects.requireNonNull(settings, "settings");
    Unmeasurable reason = null;
    if (target.isEmpty()) {
      reason = Unmeasurable.NO_TARGET;
    } else if (deadlineYear.isEmpty()) {
      reason = Unmeasurable.NO_DEADLINE;
    } else if (levels.stream().allMatch(level -> level.measurement().isEmpty())) {
      reason = Unmeasurable.NO_MEASUREMENT;
    }
    Fraction goal = target.orElse(null);
    Integer deadline = deadlineYear.orElse(null);
    if (reason != null) {
      return new LevelTrack(ProgressStatus.NOT_MEASURABLE, reason, levels, baseline, goal,
          deadline, null, null, null);
    }
    // A baseline dated after every measurement is no realisation; the last measured level is.
    YearLevel latest = latest(levels).orElseThrow();
    Optional<YearLevel> start = windowStart(levels, latest, settings.windowYears());
    RealisedPace realised = start.map(from -> RealisedPace.of(
        latest.value().subtract(from.value()), latest.year() - from.year())).orElse(null);
    Direction direction = Direction.of(baseline, goal);
    long yearsLeft = deadlineYear.orElseThrow() - latest.year();
    RequiredPace required = yearsLeft > 0
        ? RequiredPace.of(direction, goal, latest.value(), yearsLeft) : null;
    ProgressStatus status;
    if (direction.hasReached(latest.value(), goal)) {
      status = ProgressStatus.REACHED;
    } else if (required == null) {
      status = ProgressStatus.BEHIND;
    } else if (realised == null) {
      return new LevelTrack(ProgressStatus.NOT_MEASURABLE, Unmeasurable.NO_PACE, levels, baseline,
          goal, deadline, null, required, null);
    } else {
      status = statusOf(PaceComparison.of(realised, required).ratio().orElseThrow(), settings);
    }
    return new LevelTrack(status, null, levels, baseline, goal, deadline, start.orElse(null),
        required, realised);
  }

  /**
   * The level of each year from the measurements of {@code indicatorId} among {@code
   * measurements} dated on or before {@code asOf}: the last date of the year whose measurements
   * agree; measurements of one date that disagree are left out, never picked between.
   */
  static Map<Integer, YearLevel> measuredLevels(List<Measurement> measurements, String indicatorId,
      LocalDate asOf) {
    Map<Integer, YearLevel> byYear = new TreeMap<>();
    measurements.stream()
        .filter(m -> m.getIndicatorId().equals(indicatorId))
        .filter(m -> !m.getReferenceDate().isAfter(asOf))
        .collect(Collectors.groupingBy(Measurement::getReferenceDate, TreeMap::new,
            Collectors.toList()))
        .values().stream()
        .filter(LevelTrack::agree)
        .forEach(ofDate -> {
          YearLevel level = YearLevel.of(ofDate.get(0));
          byYear.put(level.year(), level);
        });
    return byYear;
  }

  /** Whether the measurements of one date give one value. */
  static boolean agree(List<Measurement> ofDate) {
    return ofDate.stream().map(m -> Fraction.from(m.getValue())).distinct().count() == 1;
  }

  private static Optional<YearLevel> latest(List<YearLevel> levels) {
    return levels.stream().filter(level -> level.measurement().isPresent())
        .reduce((first, second) -> second);
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

  ProgressStatus status() {
    return status;
  }

  Optional<Unmeasurable> reason() {
    return Optional.ofNullable(reason);
  }

  Optional<Fraction> target() {
    return Optional.ofNullable(target);
  }

  Optional<Integer> deadlineYear() {
    return Optional.ofNullable(deadlineYear);
  }

  /** From the baseline to the target; {@link Direction#UP} without a target. */
  Direction direction() {
    return target == null ? Direction.UP : Direction.of(baseline, target);
  }

  List<YearLevel> levels() {
    return levels;
  }

  Optional<YearLevel> latest() {
    return latest(levels);
  }

  /** {@code (realised − baseline) / (target − baseline)}; empty as {@link GoalProgress#share()}. */
  Optional<Fraction> share() {
    return target().filter(goal -> !goal.equals(baseline)).flatMap(goal -> latest()
        .map(level -> level.value().subtract(baseline).divide(goal.subtract(baseline))));
  }

  Optional<YearLevel> windowStart() {
    return Optional.ofNullable(windowStart);
  }

  Optional<RealisedPace> realisedPace() {
    return Optional.ofNullable(realisedPace);
  }

  Optional<RequiredPace> requiredPace() {
    return Optional.ofNullable(requiredPace);
  }

  Optional<PaceComparison> comparison() {
    return realisedPace().flatMap(realised -> requiredPace()
        .map(required -> PaceComparison.of(realised, required)));
  }

  Optional<Projection> projection() {
    return realisedPace().flatMap(realised -> latest().flatMap(latest -> target()
        .map(goal -> Projection.of(direction(), Fraction.of(latest.year()), goal,
            latest.value(), realised.pace()))));
  }

  Optional<Fraction> projectedYear() {
    return projection().flatMap(Projection::reachedAt);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof LevelTrack
        && status == ((LevelTrack) other).status
        && reason == ((LevelTrack) other).reason
        && levels.equals(((LevelTrack) other).levels)
        && baseline.equals(((LevelTrack) other).baseline)
        && Objects.equals(target, ((LevelTrack) other).target)
        && Objects.equals(deadlineYear, ((LevelTrack) other).deadlineYear)
        && Objects.equals(windowStart, ((LevelTrack) other).windowStart)
        && Objects.equals(requiredPace, ((LevelTrack) other).requiredPace)
        && Objects.equals(realisedPace, ((LevelTrack) other).realisedPace);
  }

  @Override
  public int hashCode() {
    return Objects.hash(status, levels, requiredPace, realisedPace);
  }

  /** The status and paces, for debugging; the form may change. */
  @Override
  public String toString() {
    return status + reason().map(r -> " (" + r + ")").orElse("") + ", required " + requiredPace
        + ", realised " + realisedPace;
  }
}
