package nl.woonzorg.analysis.pace;

import java.util.Objects;
import java.util.Optional;
import nl.woonzorg.analysis.number.Fraction;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The realised pace held against the required pace (<i>tempo vergeleken</i>): their ratio says
 * what share of the required pace is being made — 90,000 homes a year against the 800000/7 required
 * is 63/80 (Kamerbrief 5 June 2024).
 *
 * <p>Immutable and thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class PaceComparison {

  private final RealisedPace realised;
  private final RequiredPace required;

  private PaceComparison(RealisedPace realised, RequiredPace required) {
    this.realised = realised;
    this.required = required;
  }

  /** Returns {@code realised} held against {@code required}. */
  public static PaceComparison of(RealisedPace realised, RequiredPace required) {
    return new PaceComparison(
        Objects.requireNonNull(realised, "realised"), Objects.requireNonNull(required, "required"));
  }

  /** The realised pace. */
  public RealisedPace realised() {
    return realised;
  }

  /** The required pace. */
  public RequiredPace required() {
    return required;
  }

  /**
   * The realised pace divided by the required pace, exact: 1 on track, below 1 behind, below 0
   * going the wrong way. For a target that counts down both paces are below zero and the ratio
   * reads the same: −5 a year against −10 required is 1/2. Empty when the required pace is zero or
   * points away from the target's {@linkplain RequiredPace#direction() direction}: with the target
   * reached, no pace falls short of it.
   */
  public Optional<Fraction> ratio() {
    Fraction requiredPace = required.pace();
    return required.direction().oriented(requiredPace).signum() > 0
        ? Optional.of(realised.pace().divide(requiredPace))
        : Optional.empty();
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof PaceComparison
        && realised.equals(((PaceComparison) other).realised)
        && required.equals(((PaceComparison) other).required);
  }

  @Override
  public int hashCode() {
    return Objects.hash(realised, required);
  }

  /** Both paces and their ratio, for debugging; the form may change. */
  @Override
  public String toString() {
    return "realised " + realised + " against required " + required
        + ratio().map(ratio -> ": ratio " + ratio).orElse(": nothing more required");
  }
}
