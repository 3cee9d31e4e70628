package nl.woonzorg.analysis.number;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Exact fractions, on the figures of the Kamerbrief of 5 June 2024 (800,000 homes over seven
 * years), and their arithmetic against {@link BigDecimal} and {@link BigInteger}.
 */
class FractionTest {

  /** The yearly pace of the Kamerbrief: 800,000 homes over 2024–2030. */
  private static final Fraction PACE = Fraction.of(800_000, 7);

  @Test
  void aFractionIsKeptInLowestTermsWithTheSignOnTheNumerator() {
    assertEquals(Fraction.of(1, 2), Fraction.of(2, 4));
    assertEquals(Fraction.of(-1, 2), Fraction.of(1, -2));
    assertEquals(BigInteger.valueOf(-1), Fraction.of(2, -4).numerator());
    assertEquals(BigInteger.TWO, Fraction.of(2, -4).denominator());
    assertEquals(Fraction.ZERO, Fraction.of(0, -5));
    assertEquals(BigInteger.ONE, Fraction.of(0, -5).denominator());
  }

  @Test
  void aZeroDenominatorIsRefused() {
    ArithmeticException zero = assertThrows(ArithmeticException.class, () -> Fraction.of(3, 0));
    assertEquals("division by zero: 3/0", zero.getMessage());
    assertThrows(ArithmeticException.class, () -> Fraction.ONE.divide(Fraction.ZERO));
  }

  @Test
  void thePaceOfTheKamerbriefIsWrittenAsTheSourceWritesIt() {
    assertEquals("800000/7", PACE.toString());
    assertEquals("114285 5/7", PACE.toMixedString());
    assertEquals("-1 1/2", Fraction.of(-3, 2).toMixedString());
    assertEquals("5/7", Fraction.of(5, 7).toMixedString());
    assertEquals("-5/7", Fraction.of(-5, 7).toMixedString());
    assertEquals("5", Fraction.of(5).toMixedString());
    assertEquals("0", Fraction.ZERO.toString());
  }

  @Test
  void floorAndCeilingRoundDownAndUpOnBothSidesOfZero() {
    assertEquals(BigInteger.valueOf(114_285), PACE.floor());
    assertEquals(BigInteger.valueOf(114_286), PACE.ceiling());
    assertEquals(Fraction.of(5, 7), PACE.fractionalPart());
    assertEquals(BigInteger.valueOf(-2), Fraction.of(-3, 2).floor());
    assertEquals(BigInteger.valueOf(-1), Fraction.of(-3, 2).ceiling());
    assertEquals(Fraction.of(1, 2), Fraction.of(-3, 2).fractionalPart());
    assertEquals(BigInteger.valueOf(5), Fraction.of(5).floor());
    assertEquals(BigInteger.valueOf(5), Fraction.of(5).ceiling());
  }

  @Test
  void roundingHappensOnlyOnOutputByTheModeTheCallerNames() {
    assertEquals(new BigDecimal("114285.71"), PACE.toBigDecimal(2, RoundingMode.HALF_EVEN));
    assertEquals(new BigDecimal("114285"), PACE.toBigDecimal(0, RoundingMode.DOWN));
    assertEquals(new BigDecimal("2014.8"),
        Fraction.of(10_074, 5).toBigDecimal(1, RoundingMode.UNNECESSARY));
    assertThrows(ArithmeticException.class,
        () -> Fraction.of(1, 3).toBigDecimal(5, RoundingMode.UNNECESSARY));
  }

  @Test
  void aDecimalBecomesItsExactFraction() {
    assertEquals(Fraction.of(10_074, 5), Fraction.from(new BigDecimal("2014.8")));
    assertEquals(Fraction.of(1_000), Fraction.from(new BigDecimal("1E+3")));
    assertEquals(Fraction.of(-1, 8), Fraction.from(new BigDecimal("-0.125")));
  }

  @Test
  void parseReadsWhatToStringWritesAndNothingElse() {
    assertEquals(PACE, Fraction.parse("800000/7"));
    assertEquals(Fraction.of(-3, 2), Fraction.parse("-6/4"));
    assertEquals(Fraction.of(5), Fraction.parse("5"));
    IllegalArgumentException mixed = assertThrows(IllegalArgumentException.class,
        () -> Fraction.parse("114285 5/7"));
    assertEquals("not a fraction: \"114285 5/7\"; expected a form such as 5, -3 or 800000/7",
        mixed.getMessage());
    assertThrows(ArithmeticException.class, () -> Fraction.parse("1/0"));
  }

  @Test
  void theRatioOfTheKamerbriefIsExact() {
    assertEquals(Fraction.of(63, 80), Fraction.of(90_000).divide(PACE));
  }

  @Test
  void minAndMaxPickByValue() {
    assertEquals(Fraction.of(1, 3), Fraction.of(1, 2).min(Fraction.of(1, 3)));
    assertEquals(Fraction.of(1, 2), Fraction.of(1, 2).max(Fraction.of(1, 3)));
  }

  @Test
  void sumsDifferencesAndProductsAreThoseOfBigDecimal() {
    qt().forAll(decimals(), decimals()).checkAssert((x, y) -> {
      assertEquals(Fraction.from(x.add(y)), Fraction.from(x).add(Fraction.from(y)));
      assertEquals(Fraction.from(x.subtract(y)), Fraction.from(x).subtract(Fraction.from(y)));
      assertEquals(Fraction.from(x.multiply(y)), Fraction.from(x).multiply(Fraction.from(y)));
      assertEquals(Integer.signum(x.compareTo(y)),
          Integer.signum(Fraction.from(x).compareTo(Fraction.from(y))));
    });
  }

  @Test
  void divisionUndoesMultiplication() {
    qt().forAll(fractions(), fractions().assuming(y -> y.signum() != 0)).checkAssert((x, y) -> {
      assertEquals(x, x.divide(y).multiply(y));
      assertEquals(x, x.multiply(y).divide(y));
    });
  }

  @Test
  void additionAndMultiplicationAreCommutativeAssociativeAndDistributive() {
    qt().forAll(fractions(), fractions(), fractions()).checkAssert((x, y, z) -> {
      assertEquals(x.add(y), y.add(x));
      assertEquals(x.multiply(y), y.multiply(x));
      assertEquals(x.add(y).add(z), x.add(y.add(z)));
      assertEquals(x.multiply(y).multiply(z), x.multiply(y.multiply(z)));
      assertEquals(x.multiply(y.add(z)), x.multiply(y).add(x.multiply(z)));
    });
  }

  @Test
  void aFractionIsAlwaysInLowestTermsAndEqualValuesAreEqual() {
    qt().forAll(longs().all(), nonZeroLongs(), integers().between(1, 1_000))
        .checkAssert((numerator, denominator, factor) -> {
          Fraction fraction = Fraction.of(numerator, denominator);
          assertEquals(BigInteger.ONE, fraction.numerator().gcd(fraction.denominator()));
          assertEquals(1, fraction.denominator().signum());
          Fraction scaled = Fraction.of(BigInteger.valueOf(numerator).multiply(BigInteger.valueOf(factor)),
              BigInteger.valueOf(denominator).multiply(BigInteger.valueOf(factor)));
          assertEquals(fraction, scaled);
          assertEquals(fraction.hashCode(), scaled.hashCode());
          assertEquals(0, fraction.compareTo(scaled));
        });
  }

  @Test
  void floorAndCeilingAreThoseOfBigDecimalDivision() {
    qt().forAll(longs().all(), nonZeroLongs()).checkAssert((numerator, denominator) -> {
      Fraction fraction = Fraction.of(numerator, denominator);
      BigDecimal n = BigDecimal.valueOf(numerator);
      BigDecimal d = BigDecimal.valueOf(denominator);
      assertEquals(n.divide(d, 0, RoundingMode.FLOOR).toBigIntegerExact(), fraction.floor());
      assertEquals(n.divide(d, 0, RoundingMode.CEILING).toBigIntegerExact(), fraction.ceiling());
      Fraction part = fraction.fractionalPart();
      assertEquals(fraction, Fraction.of(fraction.floor()).add(part));
      assertEquals(true, part.signum() >= 0 && part.compareTo(Fraction.ONE) < 0);
    });
  }

  @Test
  void parseReadsBackEveryFraction() {
    qt().forAll(fractions()).checkAssert(
        fraction -> assertEquals(fraction, Fraction.parse(fraction.toString())));
  }

  @Test
  void theMixedFormIsAWholeNumberAndAProperFractionWithOneSign() {
    qt().forAll(fractions().assuming(fraction -> fraction.signum() != 0)).checkAssert(fraction -> {
      String mixed = fraction.toMixedString();
      boolean negative = mixed.startsWith("-");
      Fraction magnitude = Fraction.ZERO;
      for (String term : mixed.substring(negative ? 1 : 0).split(" ")) {
        Fraction value = Fraction.parse(term);
        assertEquals(1, value.signum(), mixed);
        magnitude = magnitude.add(value);
      }
      assertEquals(fraction, negative ? magnitude.negate() : magnitude, mixed);
    });
  }

  /** Decimals of up to 18 digits with up to 10 decimals, both signs. */
  private static Gen<BigDecimal> decimals() {
    return longs().all().zip(integers().between(0, 10), BigDecimal::valueOf);
  }

  private static Gen<Fraction> fractions() {
    return longs().between(-1_000_000_000_000L, 1_000_000_000_000L)
        .zip(longs().between(1, 1_000_000_000L), Fraction::of);
  }

  private static Gen<Long> nonZeroLongs() {
    return longs().all().assuming(value -> value != 0);
  }
}
