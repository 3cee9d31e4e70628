package nl.woonzorg.analysis.monitor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.woonzorg.analysis.number.Fraction;
import nl.woonzorg.analysis.pace.BacklogSeries;
import nl.woonzorg.analysis.pace.TargetPeriod;
import nl.woonzorg.model.agreement.PerformanceAgreement;
import nl.woonzorg.model.agreement.YearSlice;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * An agreement's jaarschijven against what was realised in each year (<i>voortgang per
 * jaarschijf</i>), with the backlog carried over as in the statushouders taakstelling: a year's
 * effective target is its slice plus the backlog before it. Missing {@link
 * MonitorSettings#missedPeriodsForFinding()} years in a row is a finding.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class AgreementProgress {

  private final PerformanceAgreement agreement;
  private final BacklogSeries backlog;
  private final int missedForFinding;

  private AgreementProgress(PerformanceAgreement agreement, BacklogSeries backlog,
      int missedForFinding) {
    this.agreement = agreement;
    this.backlog = backlog;
    this.missedForFinding = missedForFinding;
  }

  /**
   * Returns the progress of {@code agreement}'s quantified jaarschijven up to and including {@code
   * lastYear}, against {@code realisedByYear} (a year without an entry realised nothing).
   */
  public static AgreementProgress of(PerformanceAgreement agreement,
      Map<Integer, Fraction> realisedByYear, int lastYear, MonitorSettings settings) {
    Objects.requireNonNull(realisedByYear, "realisedByYear");
    List<TargetPeriod> periods = new ArrayList<>();
    agreement.getYearSlices().stream()
        .filter(slice -> slice.getValue().isPresent() && slice.getYear() <= lastYear)
        .sorted(Comparator.comparingInt(YearSlice::getYear))
        .forEach(slice -> periods.add(TargetPeriod.of(Integer.toString(slice.getYear()),
            Fraction.from(slice.getValue().orElseThrow()),
            realisedByYear.getOrDefault(slice.getYear(), Fraction.ZERO))));
    return new AgreementProgress(agreement, BacklogSeries.of(Fraction.ZERO, periods),
        settings.missedPeriodsForFinding());
  }

  /** The agreement. */
  public PerformanceAgreement agreement() {
    return agreement;
  }

  /** Each jaarschijf's outcome with its backlog, oldest first. */
  public BacklogSeries backlog() {
    return backlog;
  }

  /** Whether the years missed in a row reach the count that makes a finding. */
  public boolean missedTooOften() {
    return backlog.consecutiveMissed() >= missedForFinding;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof AgreementProgress
        && agreement.equals(((AgreementProgress) other).agreement)
        && backlog.equals(((AgreementProgress) other).backlog)
        && missedForFinding == ((AgreementProgress) other).missedForFinding;
  }

  @Override
  public int hashCode() {
    return Objects.hash(agreement.getId(), backlog, missedForFinding);
  }

  /** The agreement's id and its backlog series, for debugging; the form may change. */
  @Override
  public String toString() {
    return agreement.getId() + ": " + backlog;
  }
}
