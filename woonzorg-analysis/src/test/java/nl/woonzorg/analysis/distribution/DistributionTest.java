package nl.woonzorg.analysis.distribution;

import static nl.woonzorg.analysis.distribution.DistributionMethod.CEILING;
import static nl.woonzorg.analysis.distribution.DistributionMethod.D_HONDT;
import static nl.woonzorg.analysis.distribution.DistributionMethod.LARGEST_REMAINDER;
import static nl.woonzorg.analysis.distribution.DistributionMethod.SAINTE_LAGUE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.woonzorg.analysis.number.Fraction;
import org.junit.jupiter.api.Test;

/**
 * The four methods on the test vectors of shared/ANALYSIS.md, section 5 ("Fair-share
 * distribution"), which were verified there with exact fractions, and ties of our own making.
 */
class DistributionTest {

  /** The votes of the largest-remainder vector: 10 seats, six lists. */
  private static final List<Part> SIX_LISTS = List.of(Part.of("A", 47_000), Part.of("B", 16_000),
      Part.of("C", 15_800), Part.of("D", 12_000), Part.of("E", 6_100), Part.of("F", 3_100));

  /** The votes of an official Austrian result: 18 seats, five parties. */
  private static final List<Part> AUSTRIA = List.of(Part.of("A", 1_305_956),
      Part.of("B", 903_151), Part.of("C", 650_114), Part.of("D", 532_193), Part.of("E", 319_024));

  /** Source: ANALYSIS.md §5, largest remainder (Hamilton), 10 seats → 5, 2, 1, 1, 1, 0. */
  @Test
  void largestRemainderGivesTheLeftoverSeatsToTheLargestRemainders() {
    Distribution distribution = LARGEST_REMAINDER.distribute(10, SIX_LISTS);

    assertEquals(units(5, 2, 1, 1, 1, 0), List.copyOf(distribution.unitsByPart().values()));
    Share a = distribution.share("A").orElseThrow();
    assertEquals(Fraction.of(47, 10), a.quota());
    assertEquals(Fraction.of(7, 10), a.remainder());
    // E's remainder 61/100 beats C's 58/100, so E gets a seat on a quotum below one.
    Share e = distribution.share("E").orElseThrow();
    assertEquals(Fraction.of(61, 100), e.quota());
    assertEquals(1, e.units());
    assertEquals(Fraction.of(58, 100), distribution.share("C").orElseThrow().remainder());
    assertEquals(List.of(), a.seats());
    assertEquals(Optional.empty(), a.nextSeat());
    assertEquals(Optional.empty(), distribution.tie());
    assertEquals(10, distribution.allocated());
    assertEquals(BigInteger.valueOf(100_000), distribution.totalWeight());
  }

  /** Source: ANALYSIS.md §5, D'Hondt (divisors s+1), 18 seats → 7, 5, 3, 2, 1. */
  @Test
  void dHondtMatchesTheAustrianResult() {
    Distribution distribution = D_HONDT.distribute(18, AUSTRIA);

    assertEquals(units(7, 5, 3, 2, 1), List.copyOf(distribution.unitsByPart().values()));
    assertEquals(Optional.empty(), distribution.tie());
  }

  /** Source: ANALYSIS.md §5, the D'Hondt vector; each seat says at which divisor it was won. */
  @Test
  void eachDHondtSeatSaysItsDivisorAndQuotient() {
    Share a = D_HONDT.distribute(18, AUSTRIA).share("A").orElseThrow();

    List<Seat> seats = a.seats();
    assertEquals(7, seats.size());
    assertEquals(new Seat(1, 1, BigInteger.ONE, Fraction.of(1_305_956)), seats.get(0));
    Seat last = seats.get(6);
    assertEquals(17, last.round());
    assertEquals(BigInteger.valueOf(7), last.divisor());
    assertEquals("186565 1/7", last.quotient().toMixedString());
    Seat next = a.nextSeat().orElseThrow();
    assertEquals(8, next.number());
    // Rounds 18 and 19 are B's fifth unit and D's third quotient, which lost.
    assertEquals(20, next.round());
    assertEquals(Fraction.of(1_305_956, 8), next.quotient());
    // E's one seat, at its whole vote, beat A's eighth.
    Share e = D_HONDT.distribute(18, AUSTRIA).share("E").orElseThrow();
    assertEquals(Fraction.of(319_024), e.seats().get(0).quotient());
    assertEquals(10, e.seats().get(0).round());
    assertEquals(1, e.seats().get(0).quotient().compareTo(next.quotient()));
  }

  /** Source: ANALYSIS.md §5, Sainte-Laguë (divisors 2s+1) and Hamilton, 18 seats → 6, 4, 3, 3, 2. */
  @Test
  void sainteLagueAndLargestRemainderAgreeOnTheAustrianVotes() {
    Distribution sainteLague = SAINTE_LAGUE.distribute(18, AUSTRIA);

    assertEquals(units(6, 4, 3, 3, 2), List.copyOf(sainteLague.unitsByPart().values()));
    assertEquals(units(6, 4, 3, 3, 2),
        List.copyOf(LARGEST_REMAINDER.distribute(18, AUSTRIA).unitsByPart().values()));
    List<BigInteger> divisors = sainteLague.share("A").orElseThrow().seats().stream()
        .map(Seat::divisor).toList();
    assertEquals(units(1, 3, 5, 7, 9, 11).stream().map(BigInteger::valueOf).toList(), divisors);
  }

  /**
   * Huisvestingswet 2014 art. 29(1) (ANALYSIS.md §5): each gemeente's quotum rounded up, so the
   * parts may add up to more than the national number. Illustrative figures: 7 statushouders over
   * three gemeenten of 50,000, 30,000 and 20,000 inhabitants.
   */
  @Test
  void roundingUpPerGemeenteReportsTheExcess() {
    Distribution distribution = CEILING.distribute(7,
        Part.of("A", 50_000), Part.of("B", 30_000), Part.of("C", 20_000));

    assertEquals(Map.of("A", 4L, "B", 3L, "C", 2L), distribution.unitsByPart());
    assertEquals(Fraction.of(7, 2), distribution.share("A").orElseThrow().quota());
    assertEquals(Fraction.of(21, 10), distribution.share("B").orElseThrow().quota());
    assertEquals(9, distribution.allocated());
    assertEquals(2, distribution.excess());
    assertEquals(Optional.empty(), distribution.tie());
  }

  @Test
  void aWholeQuotumIsNotRoundedUp() {
    Distribution distribution = CEILING.distribute(10, Part.of("A", 3), Part.of("B", 2));

    assertEquals(Map.of("A", 6L, "B", 4L), distribution.unitsByPart());
    assertEquals(0, distribution.excess());
  }

  /** Two units over three equal parts: every method but rounding up must report a tie. */
  @Test
  void twoUnitsOverThreeEqualPartsAreATieForBoth() {
    List<Part> equal = List.of(Part.of("A", 100), Part.of("B", 100), Part.of("C", 100));

    Distribution largestRemainder = LARGEST_REMAINDER.distribute(2, equal);
    assertEquals(Optional.of(new Tie(List.of("A", "B", "C"), 2, Fraction.of(2, 3))),
        largestRemainder.tie());
    assertEquals(Map.of("A", 0L, "B", 0L, "C", 0L), largestRemainder.unitsByPart());
    assertEquals(0, largestRemainder.allocated());

    for (DistributionMethod method : List.of(D_HONDT, SAINTE_LAGUE)) {
      Distribution divisor = method.distribute(2, equal);
      assertEquals(Optional.of(new Tie(List.of("A", "B", "C"), 2, Fraction.of(100))),
          divisor.tie(), method.name());
      assertEquals(0, divisor.allocated(), method.name());
    }
    assertEquals(Map.of("A", 1L, "B", 1L, "C", 1L), CEILING.distribute(2, equal).unitsByPart());
  }

  /**
   * D'Hondt over weights 2, 1, 1: A's first unit is certain, then all three stand at quotient 1;
   * with three units they all get one, with two they tie for both.
   */
  @Test
  void aTieCoversOnlyTheLastUnitsAndOnlyWhenTheyRunOut() {
    List<Part> parts = List.of(Part.of("A", 2), Part.of("B", 1), Part.of("C", 1));

    Distribution four = D_HONDT.distribute(4, parts);
    assertEquals(Map.of("A", 2L, "B", 1L, "C", 1L), four.unitsByPart());
    assertEquals(Optional.empty(), four.tie());

    Distribution three = D_HONDT.distribute(3, parts);
    assertEquals(Map.of("A", 1L, "B", 0L, "C", 0L), three.unitsByPart());
    Tie tie = three.tie().orElseThrow();
    assertEquals(List.of("A", "B", "C"), tie.contenders());
    assertEquals(2, tie.units());
    assertEquals(Fraction.ONE, tie.level());
    assertEquals("[A, B, C] tie at 1 for 2 units", tie.toString());
    assertEquals(Fraction.ONE, three.share("A").orElseThrow().nextSeat().orElseThrow().quotient());
  }

  @Test
  void aPartOfWeightZeroGetsNothing() {
    Distribution distribution = SAINTE_LAGUE.distribute(5, Part.of("A", 3), Part.of("B", 0));

    assertEquals(Map.of("A", 5L, "B", 0L), distribution.unitsByPart());
    assertEquals(Optional.empty(), distribution.share("B").orElseThrow().nextSeat());
  }

  @Test
  void nothingToDistributeGivesEveryPartZero() {
    for (DistributionMethod method : DistributionMethod.values()) {
      Distribution distribution = method.distribute(0, Part.of("A", 1), Part.of("B", 2));
      assertEquals(Map.of("A", 0L, "B", 0L), distribution.unitsByPart(), method.name());
      assertEquals(Optional.empty(), distribution.tie(), method.name());
    }
  }

  @Test
  void badInputIsRefusedWithTheReason() {
    assertEquals("the weight of part A cannot be negative: -1",
        assertThrows(IllegalArgumentException.class, () -> Part.of("A", -1)).getMessage());
    assertEquals("a part needs a name that is not blank",
        assertThrows(IllegalArgumentException.class, () -> Part.of(" ", 1)).getMessage());
    assertEquals("there are no parts to distribute 10 over",
        assertThrows(IllegalArgumentException.class, () -> D_HONDT.distribute(10, List.of()))
            .getMessage());
    assertEquals("two parts are called A; the parts of a distribution need different names",
        assertThrows(IllegalArgumentException.class,
            () -> D_HONDT.distribute(10, Part.of("A", 1), Part.of("B", 1), Part.of("A", 2)))
            .getMessage());
    assertEquals("the weights of [A (0), B (0)] add up to zero, so there is no proportion to"
            + " distribute 10 in",
        assertThrows(IllegalArgumentException.class,
            () -> CEILING.distribute(10, Part.of("A", 0), Part.of("B", 0))).getMessage());
    assertEquals("the total to distribute cannot be negative: -1",
        assertThrows(IllegalArgumentException.class,
            () -> LARGEST_REMAINDER.distribute(-1, Part.of("A", 1))).getMessage());
  }

  @Test
  void aShareSaysWhereItsUnitsCameFrom() {
    Distribution distribution = D_HONDT.distribute(18, AUSTRIA);

    assertEquals("A: 7 of quotum 6 622290/1855219, next unit at 163244 1/2",
        distribution.share("A").orElseThrow().toString());
    assertEquals("A: 5 of quotum 4 7/10",
        LARGEST_REMAINDER.distribute(10, SIX_LISTS).share("A").orElseThrow().toString());
  }

  private static List<Long> units(long... units) {
    return Arrays.stream(units).boxed().toList();
  }
}
