package nl.woonzorg.analysis.distribution;

import java.math.BigInteger;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A part (<i>deel</i>) that a total is distributed over, by its weight (<i>gewicht</i>): a
 * gemeente by its CBS population for a <i>taakstelling</i>, a district by its homes, a list by its
 * votes. Its name identifies it in the {@link Distribution}, so the names of one distribution's
 * parts differ.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class Part {

  private final String name;
  private final BigInteger weight;

  private Part(String name, BigInteger weight) {
    this.name = name;
    this.weight = weight;
  }

  /**
   * Returns the part {@code name} with {@code weight}.
   *
   * @throws IllegalArgumentException if {@code name} is blank or {@code weight} is negative
   */
  public static Part of(String name, long weight) {
    return of(name, BigInteger.valueOf(weight));
  }

  /**
   * Returns the part {@code name} with {@code weight}.
   *
   * @throws IllegalArgumentException if {@code name} is blank or {@code weight} is negative
   */
  public static Part of(String name, BigInteger weight) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(weight, "weight");
    if (name.isBlank()) {
      throw new IllegalArgumentException("a part needs a name that is not blank");
    }
    if (weight.signum() < 0) {
      throw new IllegalArgumentException(
          "the weight of part " + name + " cannot be negative: " + weight);
    }
    return new Part(name, weight);
  }

  /** The name, unique within a distribution. */
  public String name() {
    return name;
  }

  /** The weight, zero or more; a part of weight zero is given nothing. */
  public BigInteger weight() {
    return weight;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Part
        && name.equals(((Part) other).name)
        && weight.equals(((Part) other).weight);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, weight);
  }

  /** The name and weight, e.g. {@code A (47000)}, for debugging; the form may change. */
  @Override
  public String toString() {
    return name + " (" + weight + ")";
  }
}
