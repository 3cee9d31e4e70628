package nl.woonzorg.analysis.distribution;

import java.math.BigInteger;
import java.util.AbstractList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.woonzorg.analysis.number.Fraction;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * One part's share (<i>aandeel</i>) in a {@link Distribution}: the units it was given and where they
 * came from — its exact {@linkplain #quota() quotum} and {@linkplain #remainder() remainder}, and
 * under a divisor method the {@linkplain #seats() quotient of each unit}.
 *
 * <p>The units are those the method gives the part without doubt; a unit the part ties for is not
 * among them but in the distribution's {@link Distribution#tie()}.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class Share {

  private final DistributionMethod method;
  /** Every part of the distribution, this one included: a seat's round depends on all of them. */
  private final List<Part> parts;
  private final Part part;
  private final Fraction quota;
  private final long units;

  Share(DistributionMethod method, List<Part> parts, Part part, Fraction quota, long units) {
    this.method = method;
    this.parts = parts;
    this.part = part;
    this.quota = quota;
    this.units = units;
  }

  /** The part. */
  public Part part() {
    return part;
  }

  /** The part's name. */
  public String name() {
    return part.name();
  }

  /** The quotum (<i>quotum</i>), the exact share: total × weight / Σ weights. */
  public Fraction quota() {
    return quota;
  }

  /**
   * The remainder (<i>restant</i>), the quotum less its floor: at least 0, below 1. Under {@link
   * DistributionMethod#CEILING} a remainder above zero is rounded up to a whole unit; under {@link
   * DistributionMethod#LARGEST_REMAINDER} the largest remainders win the units left.
   */
  public Fraction remainder() {
    return quota.fractionalPart();
  }

  /**
   * The units given to the part, a tied unit not included: under a quota method the floor of the
   * {@link #quota()}, plus one if rounded up or won by remainder; under a divisor method the number
   * of its {@link #seats()}.
   */
  public long units() {
    return units;
  }

  /**
   * Under a divisor method, how each unit was won, the first first, at falling quotients; empty
   * under a quota method. The list is computed as it is read, so it costs nothing to hold.
   *
   * @throws ArithmeticException if the part has more than {@link Integer#MAX_VALUE} units, too many
   *     for a list
   */
  public List<Seat> seats() {
    if (!method.isDivisorMethod()) {
      return List.of();
    }
    int size = Math.toIntExact(units);
    return new AbstractList<>() {
      @Override
      public Seat get(int index) {
        Objects.checkIndex(index, size);
        return seat(index);
      }

      @Override
      public int size() {
        return size;
      }
    };
  }

  /**
   * Under a divisor method, the unit the part would win next and the quotient it would need, which
   * lost to every unit given (or ties for one); empty under a quota method, and for a part of
   * weight zero, which can win no unit.
   */
  public Optional<Seat> nextSeat() {
    return method.isDivisorMethod() && part.weight().signum() > 0
        ? Optional.of(seat(units))
        : Optional.empty();
  }

  /** The seat of a part that already holds {@code held}. */
  private Seat seat(long held) {
    BigInteger divisor = method.divisor(held);
    Fraction quotient = Fraction.of(part.weight(), divisor);
    long higher = 0;
    for (Part other : parts) {
      higher = Math.addExact(higher, quotientsAbove(other.weight(), quotient));
    }
    return new Seat(held + 1, higher + 1, divisor, quotient);
  }

  /**
   * How many quotients {@code weight / (step·s + 1)}, s = 0, 1, …, are above {@code quotient}: the
   * s with {@code step·s + 1 < weight / quotient}, none if that is 1 or less.
   */
  private long quotientsAbove(BigInteger weight, Fraction quotient) {
    Fraction ratio = Fraction.of(weight).divide(quotient);
    if (ratio.compareTo(Fraction.ONE) <= 0) {
      return 0;
    }
    return ratio.subtract(Fraction.ONE).divide(Fraction.of(method.divisorStep())).ceiling()
        .longValueExact();
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Share
        && method == ((Share) other).method
        && parts.equals(((Share) other).parts)
        && part.equals(((Share) other).part)
        && quota.equals(((Share) other).quota)
        && units == ((Share) other).units;
  }

  @Override
  public int hashCode() {
    return Objects.hash(method, parts, part, quota, units);
  }

  /**
   * The part's units and their derivation, e.g. {@code A: 5 of quotum 4 7/10}, for debugging; the
   * form may change.
   */
  @Override
  public String toString() {
    String derivation = name() + ": " + units + " of quotum " + quota.toMixedString();
    return nextSeat()
        .map(next -> derivation + ", next unit at " + next.quotient().toMixedString())
        .orElse(derivation);
  }
}
