package nl.woonzorg.analysis.pace;

import java.util.Objects;
import nl.woonzorg.analysis.number.Fraction;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * One period of a periodic target (<i>taakstellingsperiode</i>), such as a gemeente's half-year
 * <i>taakstelling</i> for housing <i>statushouders</i>: its own target and what was realised in
 * it. A {@link BacklogSeries} carries what was not realised into the next period.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class TargetPeriod {

  private final String label;
  private final Fraction target;
  private final Fraction realised;

  private TargetPeriod(String label, Fraction target, Fraction realised) {
    this.label = label;
    this.target = target;
    this.realised = realised;
  }

  /**
   * Returns the period {@code label} with its own {@code target} and what was {@code realised}.
   *
   * @throws IllegalArgumentException if {@code target} or {@code realised} is negative
   */
  public static TargetPeriod of(String label, Fraction target, Fraction realised) {
    Objects.requireNonNull(label, "label");
    if (target.signum() < 0 || realised.signum() < 0) {
      throw new IllegalArgumentException("period " + label + " cannot have a negative target or"
          + " realisation: target " + target + ", realised " + realised);
    }
    return new TargetPeriod(label, target, realised);
  }

  /** The period's name, e.g. {@code 2016-H2}. */
  public String label() {
    return label;
  }

  /** The period's own target, the backlog of earlier periods not included; zero or more. */
  public Fraction target() {
    return target;
  }

  /** What was realised in the period; zero or more. */
  public Fraction realised() {
    return realised;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof TargetPeriod
        && label.equals(((TargetPeriod) other).label)
        && target.equals(((TargetPeriod) other).target)
        && realised.equals(((TargetPeriod) other).realised);
  }

  @Override
  public int hashCode() {
    return Objects.hash(label, target, realised);
  }

  /** The label, target and realisation, for debugging; the form may change. */
  @Override
  public String toString() {
    return label + ": " + realised.toMixedString() + " of " + target.toMixedString();
  }
}
