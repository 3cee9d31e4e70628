package nl.woonzorg.analysis.monitor;

import java.util.Objects;
import nl.woonzorg.analysis.number.Fraction;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The pipeline towards a goal (<i>plancapaciteit na planuitval</i>), kept apart from what is
 * built: what the programme plans and is not yet built, {@code max(0, planned − built)}, counts
 * only after the plan-failure rate (<i>planuitval</i>) is taken off it.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class Pipeline {

  private final Fraction built;
  private final Fraction planned;
  private final Fraction failureRate;

  private Pipeline(Fraction built, Fraction planned, Fraction failureRate) {
    this.built = built;
    this.planned = planned;
    this.failureRate = failureRate;
  }

  /**
   * Returns the pipeline of {@code planned} capacity against {@code built}, discounted by {@code
   * failureRate}.
   *
   * @throws IllegalArgumentException unless {@code 0 <= failureRate <= 1}
   */
  public static Pipeline of(Fraction built, Fraction planned, Fraction failureRate) {
    Objects.requireNonNull(built, "built");
    Objects.requireNonNull(planned, "planned");
    if (failureRate.signum() < 0 || failureRate.compareTo(Fraction.ONE) > 0) {
      throw new IllegalArgumentException("a plan-failure rate lies from 0 to 1, not "
          + failureRate);
    }
    return new Pipeline(built, planned, failureRate);
  }

  /** What is built, as measured. */
  public Fraction built() {
    return built;
  }

  /** The plan capacity in all, built or not. */
  public Fraction planned() {
    return planned;
  }

  /** The share of unbuilt capacity expected to fail. */
  public Fraction failureRate() {
    return failureRate;
  }

  /** What is planned and not yet built, {@code max(0, planned − built)}. */
  public Fraction unbuilt() {
    return planned.subtract(built).max(Fraction.ZERO);
  }

  /** What of the unbuilt capacity is expected to come, {@code unbuilt × (1 − failure rate)}. */
  public Fraction expected() {
    return unbuilt().multiply(Fraction.ONE.subtract(failureRate));
  }

  /** What is built plus what is expected of the pipeline. */
  public Fraction builtAndExpected() {
    return built.add(expected());
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Pipeline
        && built.equals(((Pipeline) other).built)
        && planned.equals(((Pipeline) other).planned)
        && failureRate.equals(((Pipeline) other).failureRate);
  }

  @Override
  public int hashCode() {
    return Objects.hash(built, planned, failureRate);
  }

  /** The formula with its figures, for debugging; the form may change. */
  @Override
  public String toString() {
    return "built " + built.toMixedString() + ", unbuilt " + unbuilt().toMixedString() + " × (1 − "
        + failureRate + ") = " + expected().toMixedString() + " expected";
  }
}
