package nl.woonzorg.analysis.number;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * An exact rational number (<i>breuk</i>), such as the yearly pace 800000/7 or a gemeente's share
 * of a national <i>taakstelling</i>: a {@link BigInteger} numerator over a positive {@link
 * BigInteger} denominator, always in lowest terms, with the sign on the numerator.
 *
 * <p>Published figures are computed with fractions and rounded only when written out, by {@link
 * #toBigDecimal(int, RoundingMode)} with a rounding mode the caller names: a share that is rounded
 * on the way would add up to a different total, and a pace of 114285.71 a year is not what the
 * Kamerbrief says (114,285 5/7).
 *
 * <p>Equal values are equal whatever they were made from: {@code of(2, 4).equals(of(1, 2))}.
 * Arithmetic never overflows and never rounds; it throws only on division by zero.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class Fraction implements Comparable<Fraction> {

  /** Zero, 0/1. */
  public static final Fraction ZERO = new Fraction(0, 1);

  /** One, 1/1. */
  public static final Fraction ONE = new Fraction(1, 1);

  private static final Pattern TEXT = Pattern.compile("(-?\\d+)(?:/(\\d+))?");

  // Most numbers of an analysis are counts and their sums: they fit in a long, and held as two
  // longs a fraction takes a fifth of the memory of two BigIntegers, which matters for the tens of
  // thousands of rows of a national analysis in a small heap. A value is held in longs whenever
  // both its terms fit, and in BigIntegers (bigNumerator non-null) only when one does not, so each
  // value has one form and equals can compare forms. Long arithmetic that would overflow is done
  // again in BigIntegers: results never depend on the form.
  private final long numerator;
  private final long denominator;
  private final @Nullable BigInteger bigNumerator;
  private final @Nullable BigInteger bigDenominator;

  private Fraction(long numerator, long denominator) {
    this.numerator = numerator;
    this.denominator = denominator;
    this.bigNumerator = null;
    this.bigDenominator = null;
  }

  private Fraction(BigInteger numerator, BigInteger denominator) {
    this.numerator = 0;
    this.denominator = 1;
    this.bigNumerator = numerator;
    this.bigDenominator = denominator;
  }

  /** The fraction of {@code numerator / denominator}, already in lowest terms, in its one form. */
  private static Fraction reduced(BigInteger numerator, BigInteger denominator) {
    return numerator.bitLength() < Long.SIZE && denominator.bitLength() < Long.SIZE
        ? new Fraction(numerator.longValue(), denominator.longValue())
        : new Fraction(numerator, denominator);
  }

  /** Returns the whole number {@code value}. */
  public static Fraction of(long value) {
    return value == 0 ? ZERO : value == 1 ? ONE : new Fraction(value, 1);
  }

  /** Returns the whole number {@code value}. */
  public static Fraction of(BigInteger value) {
    return reduced(Objects.requireNonNull(value, "value"), BigInteger.ONE);
  }

  /**
   * Returns {@code numerator / denominator} in lowest terms.
   *
   * @throws ArithmeticException if {@code denominator} is zero
   */
  public static Fraction of(long numerator, long denominator) {
    if (denominator == 0) {
      throw new ArithmeticException("division by zero: " + numerator + "/0");
    }
    if (numerator == Long.MIN_VALUE || denominator == Long.MIN_VALUE) {
      return of(BigInteger.valueOf(numerator), BigInteger.valueOf(denominator));
    }
    long divisor = gcd(Math.abs(numerator), Math.abs(denominator));
    // The gcd of 0 and d is d, so zero comes out as 0/1 like every other whole number.
    long signed = denominator < 0 ? -divisor : divisor;
    return new Fraction(numerator / signed, denominator / signed);
  }

  /** The greatest common divisor of two numbers of at least 0, not both 0. */
  private static long gcd(long a, long b) {
    while (b != 0) {
      long rest = a % b;
      a = b;
      b = rest;
    }
    return a;
  }

  /**
   * Returns {@code numerator / denominator} in lowest terms.
   *
   * @throws ArithmeticException if {@code denominator} is zero
   */
  public static Fraction of(BigInteger numerator, BigInteger denominator) {
    Objects.requireNonNull(numerator, "numerator");
    Objects.requireNonNull(denominator, "denominator");
    if (denominator.signum() == 0) {
      throw new ArithmeticException("division by zero: " + numerator + "/0");
    }
    BigInteger divisor = numerator.gcd(denominator);
    // The gcd of 0 and d is d, so zero comes out as 0/1 like every other whole number.
    BigInteger signed = denominator.signum() < 0 ? divisor.negate() : divisor;
    return reduced(numerator.divide(signed), denominator.divide(signed));
  }

  /**
   * Returns the exact value of {@code value}: {@code 2014.8} is {@code 10074/5}. The cost grows
   * with the scale, a power of ten being computed; the model's amounts, at most 1,000 digits
   * written out, are cheap.
   */
  public static Fraction from(BigDecimal value) {
    BigInteger unscaled = value.unscaledValue();
    int scale = value.scale();
    return scale <= 0
        ? of(unscaled.multiply(BigInteger.TEN.pow(-scale)))
        : of(unscaled, BigInteger.TEN.pow(scale));
  }

  /**
   * Returns the fraction {@code text} writes as {@link #toString()} does: a whole number such as
   * {@code -3}, or a numerator and denominator such as {@code 800000/7}; need not be in lowest
   * terms.
   *
   * @throws IllegalArgumentException if {@code text} has another form
   * @throws ArithmeticException if the denominator is zero
   */
  public static Fraction parse(CharSequence text) {
    Matcher matcher = TEXT.matcher(text);
    if (!matcher.matches()) {
      throw new IllegalArgumentException(
          "not a fraction: \"" + text + "\"; expected a form such as 5, -3 or 800000/7");
    }
    BigInteger numerator = new BigInteger(matcher.group(1));
    String denominator = matcher.group(2);
    return denominator == null ? of(numerator) : of(numerator, new BigInteger(denominator));
  }

  /** The numerator, in lowest terms; carries the sign. */
  public BigInteger numerator() {
    return bigNumerator != null ? bigNumerator : BigInteger.valueOf(numerator);
  }

  /** The denominator, in lowest terms; always positive, and 1 for a whole number. */
  public BigInteger denominator() {
    return bigDenominator != null ? bigDenominator : BigInteger.valueOf(denominator);
  }

  private boolean isLong() {
    return bigNumerator == null;
  }

  /** Returns {@code this + other}. */
  public Fraction add(Fraction other) {
    if (isLong() && other.isLong()) {
      try {
        // Sums of counts and of one norm's products share a denominator: no cross products then,
        // and whole numbers need no reduction. Analyses add tens of thousands of these.
        if (denominator == other.denominator) {
          long sum = Math.addExact(numerator, other.numerator);
          return denominator == 1 ? of(sum) : of(sum, denominator);
        }
        return of(Math.addExact(Math.multiplyExact(numerator, other.denominator),
                Math.multiplyExact(other.numerator, denominator)),
            Math.multiplyExact(denominator, other.denominator));
      } catch (ArithmeticException overflow) {
        // beyond a long: done again below in BigIntegers
      }
    }
    BigInteger numerator = numerator();
    BigInteger denominator = denominator();
    BigInteger otherNumerator = other.numerator();
    BigInteger otherDenominator = other.denominator();
    if (denominator.equals(otherDenominator)) {
      return of(numerator.add(otherNumerator), denominator);
    }
    return of(numerator.multiply(otherDenominator).add(otherNumerator.multiply(denominator)),
        denominator.multiply(otherDenominator));
  }

  /** Returns {@code this − other}. */
  public Fraction subtract(Fraction other) {
    return add(other.negate());
  }

  /** Returns {@code this × other}. */
  public Fraction multiply(Fraction other) {
    if (isLong() && other.isLong()) {
      try {
        return of(Math.multiplyExact(numerator, other.numerator),
            Math.multiplyExact(denominator, other.denominator));
      } catch (ArithmeticException overflow) {
        // beyond a long: done again below in BigIntegers
      }
    }
    return of(numerator().multiply(other.numerator()),
        denominator().multiply(other.denominator()));
  }

  /**
   * Returns {@code this ÷ other}.
   *
   * @throws ArithmeticException if {@code other} is zero
   */
  public Fraction divide(Fraction other) {
    if (isLong() && other.isLong()) {
      try {
        return of(Math.multiplyExact(numerator, other.denominator),
            Math.multiplyExact(denominator, other.numerator));
      } catch (ArithmeticException overflowOrZero) {
        // beyond a long, or by zero: done again below in BigIntegers, which says which
      }
    }
    return of(numerator().multiply(other.denominator()),
        denominator().multiply(other.numerator()));
  }

  /** Returns {@code −this}. */
  public Fraction negate() {
    if (isLong() && numerator != Long.MIN_VALUE) {
      return new Fraction(-numerator, denominator);
    }
    return reduced(numerator().negate(), denominator());
  }

  /** Returns −1, 0 or 1 as this is negative, zero or positive. */
  public int signum() {
    return isLong() ? Long.signum(numerator) : bigNumerator.signum();
  }

  /** Whether this is a whole number. */
  public boolean isWhole() {
    return isLong() ? denominator == 1 : bigDenominator.equals(BigInteger.ONE);
  }

  /** The largest whole number not above this (⌊this⌋): 114285 for 800000/7, −2 for −3/2. */
  public BigInteger floor() {
    if (isLong()) {
      return BigInteger.valueOf(Math.floorDiv(numerator, denominator));
    }
    // BigInteger division truncates towards zero; floor differs from it below zero only.
    BigInteger[] quotientAndRemainder = bigNumerator.divideAndRemainder(bigDenominator);
    return quotientAndRemainder[1].signum() < 0
        ? quotientAndRemainder[0].subtract(BigInteger.ONE)
        : quotientAndRemainder[0];
  }

  /** The smallest whole number not below this (⌈this⌉): 114286 for 800000/7, −1 for −3/2. */
  public BigInteger ceiling() {
    return isWhole() ? numerator() : floor().add(BigInteger.ONE);
  }

  /**
   * The part above the {@linkplain #floor() floor}, {@code this − ⌊this⌋}: at least 0 and below 1;
   * 5/7 for 800000/7, 1/2 for −3/2. It is the remainder the largest-remainder method compares.
   */
  public Fraction fractionalPart() {
    return subtract(of(floor()));
  }

  /**
   * Returns this rounded to {@code scale} decimals by {@code rounding}; the one place where a
   * fraction is rounded.
   *
   * @throws ArithmeticException if {@code rounding} is {@link RoundingMode#UNNECESSARY} and this
   *     has no exact decimal form at {@code scale}
   */
  public BigDecimal toBigDecimal(int scale, RoundingMode rounding) {
    Objects.requireNonNull(rounding, "rounding");
    return new BigDecimal(numerator()).divide(new BigDecimal(denominator()), scale, rounding);
  }

  /** Compares by value: {@code 1/3} is below {@code 1/2}; consistent with {@link #equals}. */
  @Override
  public int compareTo(Fraction other) {
    if (isLong() && other.isLong()) {
      if (denominator == other.denominator) {
        return Long.compare(numerator, other.numerator);
      }
      long high = Math.multiplyHigh(numerator, other.denominator);
      long otherHigh = Math.multiplyHigh(other.numerator, denominator);
      long low = numerator * other.denominator;
      long otherLow = other.numerator * denominator;
      // The 128-bit products compared: high words signed, then low words unsigned.
      return high != otherHigh ? Long.compare(high, otherHigh)
          : Long.compareUnsigned(low, otherLow);
    }
    return numerator().multiply(other.denominator())
        .compareTo(other.numerator().multiply(denominator()));
  }

  /** Returns the smaller of this and {@code other}; this when they are equal. */
  public Fraction min(Fraction other) {
    return compareTo(other) <= 0 ? this : other;
  }

  /** Returns the larger of this and {@code other}; this when they are equal. */
  public Fraction max(Fraction other) {
    return compareTo(other) >= 0 ? this : other;
  }

  /**
   * This as a whole number and a proper fraction, the way Dutch sources write a pace: {@code
   * 114285 5/7} for 800000/7, {@code -1 1/2} for −3/2 (minus one and a half), {@code 5/7} below
   * one, and a whole number alone.
   */
  public String toMixedString() {
    BigInteger whole = numerator().abs().divide(denominator());
    Fraction proper = of(numerator().abs().mod(denominator()), denominator());
    String sign = signum() < 0 ? "-" : "";
    if (proper.signum() == 0) {
      return sign + whole;
    }
    return sign + (whole.signum() == 0 ? "" : whole + " ") + proper;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    if (!(other instanceof Fraction)) {
      return false;
    }
    Fraction that = (Fraction) other;
    // Each value has one form, so fractions of different forms differ.
    return isLong() ? that.isLong() && numerator == that.numerator
        && denominator == that.denominator
        : !that.isLong() && bigNumerator.equals(that.bigNumerator)
        && bigDenominator.equals(that.bigDenominator);
  }

  @Override
  public int hashCode() {
    return 31 * numerator().hashCode() + denominator().hashCode();
  }

  /**
   * The fraction in lowest terms, {@code 800000/7} or {@code -3/2}, or a whole number alone, {@code
   * 5}; {@link #parse(CharSequence)} reads it back.
   */
  @Override
  public String toString() {
    if (isLong()) {
      return denominator == 1 ? Long.toString(numerator) : numerator + "/" + denominator;
    }
    return isWhole() ? bigNumerator.toString() : bigNumerator + "/" + bigDenominator;
  }
}
