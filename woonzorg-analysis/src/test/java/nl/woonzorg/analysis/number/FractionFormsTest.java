package nl.woonzorg.analysis.number;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * A fraction holds its terms in longs while they fit and in BigIntegers beyond: every operation
 * gives what plain BigInteger arithmetic gives, near and across the edges of a long too, so the
 * form never shows in a result.
 */
class FractionFormsTest {

  private static final List<Long> EDGES = List.of(0L, 1L, -1L, 2L, 3L, 7L, Long.MAX_VALUE,
      Long.MIN_VALUE, Long.MAX_VALUE - 1, Long.MIN_VALUE + 1, 1L << 31, 1L << 32, 3037000499L,
      3037000500L, -3037000500L, 1_000_000_007L);

  /** Small numbers, numbers near the edges of a long, and numbers anywhere between. */
  private static Gen<Long> terms() {
    return integers().between(0, 2).zip(longs().all(), integers().between(0,
        EDGES.size() - 1), (kind, any, edge) -> kind == 0 ? any % 1000
            : kind == 1 ? EDGES.get(edge) : any);
  }

  /** The fraction n/d, or n/1 for d = 0, made in BigIntegers: the reference. */
  private static BigInteger[] reference(BigInteger numerator, BigInteger denominator) {
    if (denominator.signum() < 0) {
      numerator = numerator.negate();
      denominator = denominator.negate();
    }
    BigInteger divisor = numerator.gcd(denominator);
    return new BigInteger[] {numerator.divide(divisor), denominator.divide(divisor)};
  }

  private static void assertIs(BigInteger[] expected, Fraction actual) {
    assertEquals(expected[0], actual.numerator());
    assertEquals(expected[1], actual.denominator());
    assertEquals(Fraction.of(expected[0], expected[1]), actual);
    assertEquals(Fraction.of(expected[0], expected[1]).hashCode(), actual.hashCode());
    assertEquals(expected[1].equals(BigInteger.ONE) ? expected[0].toString()
        : expected[0] + "/" + expected[1], actual.toString());
  }

  @Test
  void everyOperationGivesWhatBigIntegersGive() {
    qt().withExamples(3_000).forAll(terms(), terms(), terms(), terms())
        .checkAssert((n1, d1, n2, d2) -> {
          BigInteger a = BigInteger.valueOf(n1);
          BigInteger b = BigInteger.valueOf(d1 == 0 ? 1 : d1);
          BigInteger c = BigInteger.valueOf(n2);
          BigInteger d = BigInteger.valueOf(d2 == 0 ? 1 : d2);
          Fraction x = Fraction.of(n1, d1 == 0 ? 1 : d1);
          Fraction y = Fraction.of(n2, d2 == 0 ? 1 : d2);
          assertIs(reference(a, b), x);
          assertIs(reference(a.multiply(d).add(c.multiply(b)), b.multiply(d)), x.add(y));
          assertIs(reference(a.multiply(d).subtract(c.multiply(b)), b.multiply(d)),
              x.subtract(y));
          assertIs(reference(a.multiply(c), b.multiply(d)), x.multiply(y));
          assertIs(reference(a.negate(), b), x.negate());
          if (n2 != 0) {
            assertIs(reference(a.multiply(d), b.multiply(c)), x.divide(y));
          }
          BigInteger[] xr = reference(a, b);
          BigInteger[] yr = reference(c, d);
          assertEquals(xr[0].multiply(yr[1]).compareTo(yr[0].multiply(xr[1])),
              Integer.signum(x.compareTo(y)));
          assertEquals(new BigDecimal(xr[0]).divide(new BigDecimal(xr[1]),
              3, RoundingMode.FLOOR).setScale(0, RoundingMode.FLOOR).toBigInteger(), x.floor());
          assertEquals(xr[0].signum(), x.signum());
          // The same value made in BigIntegers is the same fraction.
          assertEquals(Fraction.of(a, b), x);
          assertEquals(Fraction.parse(x.toString()), x);
        });
  }

  @Test
  void aSumBeyondALongIsExactAndComesBackIntoALong() {
    Fraction big = Fraction.of(Long.MAX_VALUE).add(Fraction.ONE);
    assertEquals(BigInteger.valueOf(Long.MAX_VALUE).add(BigInteger.ONE), big.numerator());
    Fraction back = big.subtract(Fraction.ONE);
    assertEquals(Fraction.of(Long.MAX_VALUE), back);
    assertEquals(Long.toString(Long.MAX_VALUE), back.toString());
    assertEquals(Fraction.of(Long.MIN_VALUE).negate().numerator(),
        BigInteger.valueOf(Long.MIN_VALUE).negate());
  }
}
