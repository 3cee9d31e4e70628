package nl.woonzorg.analysis.monitor;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import nl.woonzorg.analysis.number.Fraction;
import nl.woonzorg.analysis.pace.BacklogSeries;
import nl.woonzorg.analysis.pace.TargetPeriod;
import nl.woonzorg.model.agreement.PerformanceAgreement;
import nl.woonzorg.model.agreement.YearSlice;
import nl.woonzorg.model.monitoring.Measurement;
import nl.woonzorg.model.time.Deadline;
import nl.woonzorg.model.time.YearPeriod;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * An agreement's progress as of a date (<i>voortgang van een prestatieafspraak</i>): its
 * jaarschijven against what was realised in each year, with the backlog carried over as in the
 * statushouders taakstelling (a year's effective target is its slice plus the backlog before it),
 * and the same figures as a goal's {@link GoalProgress} — cumulative realised, share of the target,
 * required pace, realised pace over the {@linkplain MonitorSettings#windowYears() window}, their
 * ratio, the projected year and the {@link ProgressStatus status}, computed as for a goal and with
 * the same {@link MonitorSettings}. Missing {@link MonitorSettings#missedPeriodsForFinding()} years
 * in a row is a finding.
 *
 * <p>How it is read, and why:
 *
 * <ul>
 *   <li>What was realised is read from the agreement's first indicator, whose measurements are
 *       cumulative levels counted from zero at the agreement's start: the level of a year is its
 *       last measurement, and a year realised the rise of the level over it (zero before the
 *       first measurement, and in a year without one).
 *   <li>The agreement starts with its period's first year, else its first quantified jaarschijf;
 *       the level at the end of the year before is zero, a level the realised pace may be taken
 *       from. A measurement in that year overrides it.
 *   <li>The target is the agreement's own, else the sum of its quantified jaarschijven; the
 *       deadline year its deadline's, else its period's last year, else its last jaarschijf's.
 *   <li>Only years ended by the as-of date count, for the jaarschijven and the paces alike.
 * </ul>
 *
 * <p>Immutable and thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class AgreementProgress extends LevelProgress {

  private final PerformanceAgreement agreement;
  private final LocalDate asOf;
  private final BacklogSeries backlog;
  private final int missedForFinding;

  private AgreementProgress(PerformanceAgreement agreement, LocalDate asOf, LevelTrack track,
      BacklogSeries backlog, int missedForFinding) {
    super(track);
    this.agreement = agreement;
    this.asOf = asOf;
    this.backlog = backlog;
    this.missedForFinding = missedForFinding;
  }

  /**
   * Returns the progress of {@code agreement} as of {@code asOf}, from the measurements of its
   * first indicator among {@code measurements} dated in the years ended by then.
   */
  public static AgreementProgress of(PerformanceAgreement agreement,
      List<Measurement> measurements, LocalDate asOf, MonitorSettings settings) {
    Objects.requireNonNull(agreement, "agreement");
    Objects.requireNonNull(measurements, "measurements");
    Objects.requireNonNull(settings, "settings");
    int lastYear = MonthDay.from(asOf).equals(MonthDay.of(12, 31))
        ? asOf.getYear() : asOf.getYear() - 1;
    List<YearSlice> slices = agreement.getYearSlices().stream()
        .filter(slice -> slice.getValue().isPresent())
        .sorted(Comparator.comparingInt(YearSlice::getYear))
        .toList();
    TreeMap<Integer, YearLevel> byYear = new TreeMap<>();
    agreement.getPeriod().map(YearPeriod::getFromYear)
        .or(() -> slices.stream().map(YearSlice::getYear).findFirst())
        .ifPresent(start -> byYear.put(start - 1, YearLevel.baseline(start - 1, Fraction.ZERO)));
    if (!agreement.getIndicatorIds().isEmpty()) {
      byYear.putAll(LevelTrack.measuredLevels(measurements, agreement.getIndicatorIds().get(0),
          LocalDate.of(lastYear, 12, 31)));
    }
    List<TargetPeriod> periods = new ArrayList<>();
    slices.stream().filter(slice -> slice.getYear() <= lastYear)
        .forEach(slice -> periods.add(TargetPeriod.of(Integer.toString(slice.getYear()),
            Fraction.from(slice.getValue().orElseThrow()),
            levelAt(byYear, slice.getYear()).subtract(levelAt(byYear, slice.getYear() - 1)))));
    Optional<Fraction> target = agreement.getTarget().map(q -> Fraction.from(q.getValue()))
        .or(() -> slices.isEmpty() ? Optional.empty() : Optional.of(slices.stream()
            .map(slice -> Fraction.from(slice.getValue().orElseThrow()))
            .reduce(Fraction.ZERO, Fraction::add)));
    Optional<Integer> deadlineYear = agreement.getDeadline().map(Deadline::deadlineYear)
        .or(() -> agreement.getPeriod().map(YearPeriod::getToYear))
        .or(() -> slices.stream().map(YearSlice::getYear).reduce((first, second) -> second));
    LevelTrack track = LevelTrack.of(List.copyOf(byYear.values()), Fraction.ZERO, target,
        deadlineYear, settings);
    return new AgreementProgress(agreement, asOf, track, BacklogSeries.of(Fraction.ZERO, periods),
        settings.missedPeriodsForFinding());
  }

  /** The level at the end of {@code year}: the last at or before it; zero before the first. */
  private static Fraction levelAt(TreeMap<Integer, YearLevel> byYear, int year) {
    Map.Entry<Integer, YearLevel> level = byYear.floorEntry(year);
    return level == null ? Fraction.ZERO : level.getValue().value();
  }

  /** The agreement. */
  public PerformanceAgreement agreement() {
    return agreement;
  }

  /** The date the progress is taken at; only years ended by it count. */
  public LocalDate asOf() {
    return asOf;
  }

  /**
   * Each quantified jaarschijf up to the last year ended by the as-of date, with what was realised
   * in it and its backlog, oldest first.
   */
  public BacklogSeries backlog() {
    return backlog;
  }

  /**
   * The number of years missed in a row that makes a finding, from {@link
   * MonitorSettings#missedPeriodsForFinding()}.
   *
   * @since 0.2.0
   */
  public int missedForFinding() {
    return missedForFinding;
  }

  /** Whether the years missed in a row reach the count that makes a finding. */
  public boolean missedTooOften() {
    return backlog.consecutiveMissed() >= missedForFinding;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof AgreementProgress
        && agreement.equals(((AgreementProgress) other).agreement)
        && asOf.equals(((AgreementProgress) other).asOf)
        && track().equals(((AgreementProgress) other).track())
        && backlog.equals(((AgreementProgress) other).backlog)
        && missedForFinding == ((AgreementProgress) other).missedForFinding;
  }

  @Override
  public int hashCode() {
    return Objects.hash(agreement.getId(), asOf, track(), backlog, missedForFinding);
  }

  /** The agreement's id, its status and paces and its backlog series; the form may change. */
  @Override
  public String toString() {
    return agreement.getId() + " as of " + asOf + ": " + track() + "; " + backlog;
  }
}
