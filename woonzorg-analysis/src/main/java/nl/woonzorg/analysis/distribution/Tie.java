package nl.woonzorg.analysis.distribution;

import java.util.List;
import java.util.Objects;
import nl.woonzorg.analysis.number.Fraction;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A tie (<i>gelijke stand</i>) for the last units of a distribution: more parts than there are
 * units left have an equal claim on them — an equal remainder under the largest-remainder method,
 * an equal quotient under a divisor method — so the method alone cannot say who gets them. The
 * distribution leaves those units out of every share and lists them here; who gets them is for the
 * parties to settle (by lot, by agreement, by a rule of their own), not for arithmetic.
 *
 * <p>Every contender gets at most one of the units: there are fewer units than contenders.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class Tie {

  private final List<String> contenders;
  private final long units;
  private final Fraction level;

  Tie(List<String> contenders, long units, Fraction level) {
    this.contenders = List.copyOf(contenders);
    this.units = units;
    this.level = level;
  }

  /** The names of the parts that tie, in the order the parts were given; at least two. */
  public List<String> contenders() {
    return contenders;
  }

  /** The number of units they tie for: at least one, and fewer than there are contenders. */
  public long units() {
    return units;
  }

  /**
   * The claim every contender has, equal for all: the remainder under the largest-remainder method,
   * the quotient of the next unit under a divisor method.
   */
  public Fraction level() {
    return level;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Tie
        && contenders.equals(((Tie) other).contenders)
        && units == ((Tie) other).units
        && level.equals(((Tie) other).level);
  }

  @Override
  public int hashCode() {
    return Objects.hash(contenders, units, level);
  }

  /** The contenders, units and level, for debugging; the form may change. */
  @Override
  public String toString() {
    return contenders + " tie at " + level.toMixedString() + " for " + units
        + (units == 1 ? " unit" : " units");
  }
}
