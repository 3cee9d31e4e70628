package nl.woonzorg.analysis.monitor;

import java.time.temporal.ChronoUnit;
import java.util.Objects;
import nl.woonzorg.analysis.number.Fraction;
import nl.woonzorg.model.time.PartialDate;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The own target of one period of a periodic target (<i>taakstelling per periode</i>): a half
 * year ({@code PartialDate.of(2016, YearPart.TWEEDE_HELFT)}), a quarter, a month or a year, with
 * the units to realise in it, the backlog of earlier periods not included. The statushouders
 * taakstelling is set per half year: 23,000 for the second half of 2016.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class PeriodTarget {

  private final PartialDate period;
  private final Fraction target;

  private PeriodTarget(PartialDate period, Fraction target) {
    this.period = period;
    this.target = target;
  }

  /**
   * Returns the target of {@code period}.
   *
   * @throws IllegalArgumentException if {@code target} is negative, or {@code period} is a single
   *     day (a period has at least a month)
   */
  public static PeriodTarget of(PartialDate period, Fraction target) {
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(target, "target");
    if (period.getDay().isPresent()) {
      throw new IllegalArgumentException("a target period is a year, part of a year or month, not"
          + " the day " + period);
    }
    if (target.signum() < 0) {
      throw new IllegalArgumentException("the target of " + period + " cannot be negative: "
          + target);
    }
    return new PeriodTarget(period, target);
  }

  /** The period, from its {@link PartialDate#firstDay()} to its {@link PartialDate#lastDay()}. */
  public PartialDate period() {
    return period;
  }

  /** The period's own target, zero or more. */
  public Fraction target() {
    return target;
  }

  /** The whole months the period spans: 12 for a year, 6 for a half, 3 for a quarter. */
  public long months() {
    return ChronoUnit.MONTHS.between(period.firstDay(), period.lastDay().plusDays(1));
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof PeriodTarget
        && period.equals(((PeriodTarget) other).period)
        && target.equals(((PeriodTarget) other).target);
  }

  @Override
  public int hashCode() {
    return Objects.hash(period, target);
  }

  /** The period and its target, for debugging; the form may change. */
  @Override
  public String toString() {
    return period + ": " + target.toMixedString();
  }
}
