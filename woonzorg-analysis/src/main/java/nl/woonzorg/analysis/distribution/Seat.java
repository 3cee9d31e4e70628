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
  private final long round;
  private final BigInteger divisor;
  private final Fraction quotient;

  Seat(long number, long round, BigInteger divisor, Fraction quotient) {
    this.number = number;
    this.round = round;
    this.divisor = divisor;
    this.quotient = quotient;
  }

  /** Which of the part's units this is, counted from 1. */
  public long number() {
    return number;
  }

  /**
   * The round (<i>ronde</i>) in which the unit is given when units go out one round at a time to
   * the highest quotient left: one more than the number of quotients of all parts above this one.
   * Units at equal quotients share a round, as the method does not order them, and the round after
   * skips their number: two units in round 5, the next in round 7. For a {@linkplain
   * Share#nextSeat() next seat}, which was not given, the round it stood in line for.
   */
  public long round() {
    return round;
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
        && round == ((Seat) other).round
        && divisor.equals(((Seat) other).divisor)
        && quotient.equals(((Seat) other).quotient);
  }

  @Override
  public int hashCode() {
    return Objects.hash(number, round, divisor, quotient);
  }

  /** The unit's number, round, divisor and quotient, for debugging; the form may change. */
  @Override
  public String toString() {
    return "unit " + number + " in round " + round + " at weight/" + divisor + " = "
        + quotient.toMixedString();
  }
}
