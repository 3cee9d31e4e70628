package nl.woonzorg.analysis.pace;

import java.util.Objects;
import nl.woonzorg.analysis.number.Fraction;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * How one {@link TargetPeriod} turned out with the backlog (<i>achterstand</i>) it inherited: its
 * effective target is its own target plus the backlog of the period before, and what it leaves
 * behind is {@code max(0, effective target − realised)}. A period that leaves a backlog has missed
 * its target.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class PeriodOutcome {

  private final TargetPeriod period;
  private final Fraction previousBacklog;

  PeriodOutcome(TargetPeriod period, Fraction previousBacklog) {
    this.period = period;
    this.previousBacklog = previousBacklog;
  }

  /** The period, with its own target and what was realised. */
  public TargetPeriod period() {
    return period;
  }

  /** The backlog carried in from the period before; zero or more. */
  public Fraction previousBacklog() {
    return previousBacklog;
  }

  /** The target to meet in the period: its own target plus the {@link #previousBacklog()}. */
  public Fraction effectiveTarget() {
    return period.target().add(previousBacklog);
  }

  /** The backlog carried out, {@code max(0, effective target − realised)}: what is more is not banked. */
  public Fraction backlog() {
    return effectiveTarget().subtract(period.realised()).max(Fraction.ZERO);
  }

  /** Whether the period missed its effective target, so that it leaves a backlog. */
  public boolean missed() {
    return backlog().signum() > 0;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof PeriodOutcome
        && period.equals(((PeriodOutcome) other).period)
        && previousBacklog.equals(((PeriodOutcome) other).previousBacklog);
  }

  @Override
  public int hashCode() {
    return Objects.hash(period, previousBacklog);
  }

  /** The effective target, realisation and backlog, for debugging; the form may change. */
  @Override
  public String toString() {
    return period.label() + ": " + period.target().toMixedString() + " + "
        + previousBacklog.toMixedString() + " = " + effectiveTarget().toMixedString()
        + ", realised " + period.realised().toMixedString() + ", backlog "
        + backlog().toMixedString();
  }
}
