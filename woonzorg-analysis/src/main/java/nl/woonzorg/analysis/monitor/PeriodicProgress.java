package nl.woonzorg.analysis.monitor;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import nl.woonzorg.analysis.number.Fraction;
import nl.woonzorg.analysis.pace.BacklogSeries;
import nl.woonzorg.analysis.pace.Direction;
import nl.woonzorg.analysis.pace.PeriodOutcome;
import nl.woonzorg.analysis.pace.RequiredPace;
import nl.woonzorg.analysis.pace.TargetPeriod;
import nl.woonzorg.analysis.progress.GoalSeries;
import nl.woonzorg.model.goal.Breakdown;
import nl.woonzorg.model.goal.BreakdownDimension;
import nl.woonzorg.model.goal.BreakdownPart;
import nl.woonzorg.model.goal.Goal;
import nl.woonzorg.model.monitoring.Measurement;
import nl.woonzorg.model.time.PartialDate;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A periodic target with its backlog carried over, against an indicator's measurements
 * (<i>taakstelling per periode met achterstand</i>): the statushouders taakstelling is set per half
 * year, and what a gemeente does not house in one half year is added to the next. Each period is
 * a {@link PeriodTarget} — a half year, quarter, month or year — and what was realised in it is
 * read from the measurements as {@linkplain MeasurementReading a cumulative level or a count per
 * period}. Each period's effective target is its own plus the backlog before it; {@link
 * MonitorSettings#missedPeriodsForFinding()} periods missed in a row make a {@linkplain
 * #finding() finding} (a province may intervene after four missed half years).
 *
 * <p>Only periods that have ended by the as-of date are judged, from measurements on or before
 * it: a later measurement never changes an earlier period's verdict. Measurements of one date that
 * disagree are left out, as in {@link GoalProgress}.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class PeriodicProgress {

  private final String indicatorId;
  private final LocalDate asOf;
  private final List<PeriodTarget> periods;
  private final BacklogSeries backlog;
  private final int missedForFinding;

  private PeriodicProgress(String indicatorId, LocalDate asOf, List<PeriodTarget> periods,
      BacklogSeries backlog, int missedForFinding) {
    this.indicatorId = indicatorId;
    this.asOf = asOf;
    this.periods = List.copyOf(periods);
    this.backlog = backlog;
    this.missedForFinding = missedForFinding;
  }

  /**
   * Returns the progress of {@code targets} as of {@code asOf}, the first period inheriting {@code
   * openingBacklog}, against the measurements of {@code indicatorId} among {@code measurements}
   * read as {@code reading}.
   *
   * @throws IllegalArgumentException if the opening backlog is negative, two periods overlap, or a
   *     cumulative level falls within a period (a correction the caller must resolve)
   */
  public static PeriodicProgress of(String indicatorId, List<PeriodTarget> targets,
      Fraction openingBacklog, List<Measurement> measurements, MeasurementReading reading,
      LocalDate asOf, MonitorSettings settings) {
    Objects.requireNonNull(indicatorId, "indicatorId");
    Objects.requireNonNull(reading, "reading");
    Objects.requireNonNull(asOf, "asOf");
    List<PeriodTarget> sorted = sorted(targets);
    int overlap = firstOverlap(sorted);
    if (overlap > 0) {
      throw new IllegalArgumentException("target periods " + sorted.get(overlap - 1).period()
          + " and " + sorted.get(overlap).period() + " overlap");
    }
    List<PeriodTarget> ended = sorted.stream()
        .filter(t -> !t.period().lastDay().isAfter(asOf))
        .toList();
    // The agreed value of each date, up to asOf; dates whose measurements disagree are left out.
    TreeMap<LocalDate, Fraction> byDate = new TreeMap<>();
    measurements.stream()
        .filter(m -> m.getIndicatorId().equals(indicatorId))
        .filter(m -> !m.getReferenceDate().isAfter(asOf))
        .collect(Collectors.groupingBy(Measurement::getReferenceDate))
        .forEach((date, ofDate) -> {
          if (LevelTrack.agree(ofDate)) {
            byDate.put(date, Fraction.from(ofDate.get(0).getValue()));
          }
        });
    List<TargetPeriod> judged = new ArrayList<>();
    for (PeriodTarget target : ended) {
      judged.add(TargetPeriod.of(target.period().toString(), target.target(),
          realised(byDate, target, reading)));
    }
    return new PeriodicProgress(indicatorId, asOf, ended,
        BacklogSeries.of(openingBacklog, judged), settings.missedPeriodsForFinding());
  }

  /**
   * Returns the progress of the periodic targets of {@code series}'s goal as of {@code asOf}
   * (<i>voortgang per halfjaar</i>): the parts of its first {@linkplain BreakdownDimension#PERIODE
   * breakdown per period} — 30 for the first half of 2024, 30 for the second — against its own
   * indicator (the first of {@link GoalSeries#indicatorIds()}), whose measurements are cumulative
   * levels counted from zero, as {@link GoalProgress} reads them. The first period inherits no
   * backlog.
   *
   * <p>Each part's period is its year with its part of the year ({@link BreakdownPart#period()}).
   * The parts add up to the target (WZ-SMART-R-01), so they are amounts realised from zero: a
   * goal whose baseline is not zero, or that {@linkplain Direction#DOWN counts down}, has no
   * verdicts per period, and neither has one without a breakdown per period with parts or without
   * an indicator. Empty too if a part names no year, or two parts overlap, which WZ-SUM-08
   * reports.
   *
   * @throws IllegalArgumentException if the cumulative level falls within a period (a
   *     correction the caller must resolve)
   */
  public static Optional<PeriodicProgress> ofGoal(GoalSeries series, LocalDate asOf,
      MonitorSettings settings) {
    Goal goal = series.goal();
    boolean fromZero = goal.getBaseline().map(q -> q.getValue().signum() == 0).orElse(true);
    Optional<Breakdown> perPeriod = goal.getBreakdowns().stream()
        .filter(breakdown -> breakdown.getDimension() == BreakdownDimension.PERIODE)
        .findFirst();
    if (perPeriod.isEmpty() || perPeriod.get().getParts().isEmpty()
        || series.indicatorIds().isEmpty() || !fromZero) {
      return Optional.empty();
    }
    List<PeriodTarget> targets = new ArrayList<>();
    for (BreakdownPart part : perPeriod.get().getParts()) {
      Optional<PartialDate> period = part.period();
      if (period.isEmpty() || part.getValue().signum() < 0) {
        return Optional.empty();
      }
      targets.add(PeriodTarget.of(period.get(), Fraction.from(part.getValue())));
    }
    if (firstOverlap(sorted(targets)) > 0) {
      return Optional.empty();
    }
    return Optional.of(of(series.indicatorIds().get(0), targets, Fraction.ZERO,
        series.measurements(), MeasurementReading.CUMULATIVE, asOf, settings));
  }

  private static List<PeriodTarget> sorted(List<PeriodTarget> targets) {
    List<PeriodTarget> sorted = new ArrayList<>(targets);
    sorted.sort(Comparator.comparing((PeriodTarget t) -> t.period().firstDay()));
    return sorted;
  }

  /** The index of the first of {@code sorted}, by first day, that overlaps the one before; -1. */
  private static int firstOverlap(List<PeriodTarget> sorted) {
    for (int i = 1; i < sorted.size(); i++) {
      if (!sorted.get(i).period().firstDay().isAfter(sorted.get(i - 1).period().lastDay())) {
        return i;
      }
    }
    return -1;
  }

  private static Fraction realised(TreeMap<LocalDate, Fraction> byDate, PeriodTarget target,
      MeasurementReading reading) {
    LocalDate first = target.period().firstDay();
    LocalDate last = target.period().lastDay();
    if (reading == MeasurementReading.PER_PERIOD) {
      return byDate.subMap(first, true, last, true).values().stream()
          .reduce(Fraction.ZERO, Fraction::add);
    }
    Fraction before = levelAt(byDate, first.minusDays(1));
    Fraction after = levelAt(byDate, last);
    if (after.compareTo(before) < 0) {
      throw new IllegalArgumentException("the cumulative level falls in " + target.period()
          + ", from " + before.toMixedString() + " to " + after.toMixedString());
    }
    return after.subtract(before);
  }

  /** The last level on or before {@code date}; zero before the first measurement. */
  private static Fraction levelAt(TreeMap<LocalDate, Fraction> byDate, LocalDate date) {
    Map.Entry<LocalDate, Fraction> level = byDate.floorEntry(date);
    return level == null ? Fraction.ZERO : level.getValue();
  }

  /** The indicator whose measurements are read. */
  public String indicatorId() {
    return indicatorId;
  }

  /** The date taken as of. */
  public LocalDate asOf() {
    return asOf;
  }

  /** The periods that ended by the as-of date, oldest first; the backlog judges these. */
  public List<PeriodTarget> periods() {
    return periods;
  }

  /** Each ended period's outcome: effective target, realised and backlog, oldest first. */
  public BacklogSeries backlog() {
    return backlog;
  }

  /**
   * The pace a month each ended period required at its start: its effective target over its
   * months — 28,283 over the six months of the second half of 2016 is 4,713 5/6 a month.
   */
  public List<RequiredPace> monthlyPaces() {
    List<RequiredPace> paces = new ArrayList<>();
    for (int i = 0; i < periods.size(); i++) {
      PeriodOutcome outcome = backlog.outcomes().get(i);
      paces.add(RequiredPace.of(outcome.effectiveTarget(), Fraction.ZERO,
          periods.get(i).months()));
    }
    return paces;
  }

  /**
   * The number of periods missed in a row that makes a finding, from {@link
   * MonitorSettings#missedPeriodsForFinding()}.
   *
   * @since 0.2.0
   */
  public int missedForFinding() {
    return missedForFinding;
  }

  /** Whether the periods missed in a row reach the count that makes a finding. */
  public boolean missedTooOften() {
    return backlog.consecutiveMissed() >= missedForFinding;
  }

  /**
   * The finding {@link FindingKind#PERIODS_MISSED} about the indicator, dated the last day of the
   * last period missed, if the periods missed in a row reach the count; empty otherwise.
   */
  public Optional<MonitorFinding> finding() {
    return missedTooOften()
        ? Optional.of(MonitorFinding.of(FindingKind.PERIODS_MISSED, indicatorId,
            periods.get(periods.size() - 1).period().lastDay(), List.of()))
        : Optional.empty();
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof PeriodicProgress
        && indicatorId.equals(((PeriodicProgress) other).indicatorId)
        && asOf.equals(((PeriodicProgress) other).asOf)
        && periods.equals(((PeriodicProgress) other).periods)
        && backlog.equals(((PeriodicProgress) other).backlog)
        && missedForFinding == ((PeriodicProgress) other).missedForFinding;
  }

  @Override
  public int hashCode() {
    return Objects.hash(indicatorId, asOf, periods, backlog, missedForFinding);
  }

  /** The indicator and its backlog series, for debugging; the form may change. */
  @Override
  public String toString() {
    return indicatorId + " as of " + asOf + ": " + backlog;
  }
}
