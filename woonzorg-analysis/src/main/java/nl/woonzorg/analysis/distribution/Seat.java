package nl.woonzorg.analysis.distribution;

import java.math.BigInteger;
import java.util.Objects;
import nl.woonzorg.analysis.number.Fraction;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * How a divisor method gave a part one unit (<i>zetel</i>): the part's {@linkplain #number()
 * n-th} unit is won by its weight divided by the divisor for a part that holds n − 1, the
 * {@linkplain #quotient() quotient} (<i>gemiddelde</i>). A unit goes to the highest quotient still
 * in play, so a part's units are won at falling quotients, and every unit of the distribution was
 * won at a quotient no lower than any that lost.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class Seat {

  private final long number;
  private final BigInteger divisor;
  private final Fraction quotient;

  Seat(long number, BigInteger divisor, Fraction quotient) {
    this.number = number;
    this.divisor = divisor;
    this.quotient = quotient;
  }

  /** Which of the part's units this is, counted from 1. */
  public long number() {
    return number;
  }

  /**
   * The divisor: for the n-th unit, n under D'Hondt (s + 1 with s = n − 1 held) and 2n − 1 under
   * Sainte-Laguë (2s + 1).
   */
  public BigInteger divisor() {
    return divisor;
  }

  /** The part's weight divided by the {@link #divisor()}, exact. */
  public Fraction quotient() {
    return quotient;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Seat
        && number == ((Seat) other).number
        && divisor.equals(((Seat) other).divisor)
        && quotient.equals(((Seat) other).quotient);
  }

  @Override
  public int hashCode() {
    return Objects.hash(number, divisor, quotient);
  }

  /** The unit's number, divisor and quotient, for debugging; the form may change. */
  @Override
  public String toString() {
    return "unit " + number + " at weight/" + divisor + " = " + quotient.toMixedString();
  }
}
