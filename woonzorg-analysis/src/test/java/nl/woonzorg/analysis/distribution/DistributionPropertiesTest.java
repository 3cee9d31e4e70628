package nl.woonzorg.analysis.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Collectors;
import nl.woonzorg.analysis.number.Fraction;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * What every distribution must satisfy, whatever the parts: the sum is kept (with the tie's units),
 * rounding up never falls short, the order of the parts does not matter, and each method gives its
 * units to the strongest claims and only those.
 */
class DistributionPropertiesTest {

  private static final List<DistributionMethod> SUM_PRESERVING = List.of(
      DistributionMethod.LARGEST_REMAINDER, DistributionMethod.D_HONDT,
      DistributionMethod.SAINTE_LAGUE);

  @Test
  void aSumPreservingMethodGivesTheTotalUndisputedOrTied() {
    qt().forAll(totals(), parts()).checkAssert((total, parts) -> {
      for (DistributionMethod method : SUM_PRESERVING) {
        Distribution distribution = method.distribute(total, parts);
        long tied = distribution.tie().map(Tie::units).orElse(0L);
        assertEquals((long) total, distribution.allocated() + tied, distribution::toString);
        assertEquals(0, distribution.excess(), distribution::toString);
        distribution.tie().ifPresent(tie -> assertTrue(
            tie.units() >= 1 && tie.units() < tie.contenders().size(), distribution::toString));
      }
    });
  }

  @Test
  void roundingUpNeverFallsShortAndReportsTheExcess() {
    qt().forAll(totals(), parts()).checkAssert((total, parts) -> {
      Distribution distribution = DistributionMethod.CEILING.distribute(total, parts);
      for (Share share : distribution.shares()) {
        assertEquals(share.quota().ceiling(), BigInteger.valueOf(share.units()));
      }
      assertTrue(distribution.allocated() >= total, distribution::toString);
      assertEquals(distribution.allocated() - total, distribution.excess());
      assertTrue(distribution.excess() < parts.size(), distribution::toString);
      assertEquals(Optional.empty(), distribution.tie());
    });
  }

  @Test
  void theOrderOfThePartsDoesNotMatter() {
    qt().forAll(totals(), parts(), longs().all()).checkAssert((total, parts, seed) -> {
      List<Part> shuffled = new ArrayList<>(parts);
      Collections.shuffle(shuffled, new Random(seed));
      for (DistributionMethod method : DistributionMethod.values()) {
        Distribution given = method.distribute(total, parts);
        Distribution reordered = method.distribute(total, shuffled);
        assertEquals(new HashMap<>(given.unitsByPart()), new HashMap<>(reordered.unitsByPart()));
        assertEquals(given.tie().map(DistributionPropertiesTest::unordered),
            reordered.tie().map(DistributionPropertiesTest::unordered));
      }
    });
  }

  @Test
  void largestRemainderGivesTheExtraUnitsToTheLargestRemaindersOnly() {
    qt().forAll(totals(), parts()).checkAssert((total, parts) -> {
      Distribution distribution = DistributionMethod.LARGEST_REMAINDER.distribute(total, parts);
      List<String> contenders = contenders(distribution);
      Fraction lowestWinner = null;
      Fraction highestLoser = Fraction.ZERO;
      for (Share share : distribution.shares()) {
        long extra = share.units() - share.quota().floor().longValueExact();
        assertTrue(extra == 0 || extra == 1, share::toString);
        if (extra == 1) {
          lowestWinner = lowestWinner == null ? share.remainder() : lowestWinner.min(share.remainder());
        } else if (!contenders.contains(share.name())) {
          highestLoser = highestLoser.max(share.remainder());
        }
      }
      Optional<Fraction> level = distribution.tie().map(Tie::level);
      assertClaimsOrdered(lowestWinner, level, highestLoser, distribution);
      distribution.tie().ifPresent(tie -> tie.contenders().forEach(name -> assertEquals(
          tie.level(), distribution.share(name).orElseThrow().remainder())));
    });
  }

  @Test
  void aDivisorMethodGivesEachUnitToAHigherQuotientAndEarlierRoundThanAnyItLeavesOut() {
    qt().forAll(totals(), parts()).checkAssert((total, parts) -> {
      for (DistributionMethod method : List.of(
          DistributionMethod.D_HONDT, DistributionMethod.SAINTE_LAGUE)) {
        Distribution distribution = method.distribute(total, parts);
        List<String> contenders = contenders(distribution);
        Fraction lowestWinner = null;
        Fraction highestLoser = Fraction.ZERO;
        for (Share share : distribution.shares()) {
          List<Seat> seats = share.seats();
          if (!seats.isEmpty()) {
            Seat last = seats.get(seats.size() - 1);
            assertTrue(last.round() <= distribution.allocated(), last::toString);
            lowestWinner = lowestWinner == null ? last.quotient() : lowestWinner.min(last.quotient());
          }
          Optional<Seat> next = share.nextSeat();
          assertEquals(share.part().weight().signum() == 0, next.isEmpty(), share::toString);
          if (next.isPresent()) {
            assertTrue(next.get().round() > distribution.allocated(), next.get()::toString);
            if (!contenders.contains(share.name())) {
              highestLoser = highestLoser.max(next.get().quotient());
            }
          }
        }
        Optional<Fraction> level = distribution.tie().map(Tie::level);
        assertClaimsOrdered(lowestWinner, level, highestLoser, distribution);
        distribution.tie().ifPresent(tie -> tie.contenders().forEach(name -> assertEquals(
            tie.level(), distribution.share(name).orElseThrow().nextSeat().orElseThrow()
                .quotient())));
      }
    });
  }

  /**
   * Every claim that won beats the tie's level, which beats every claim that lost; without a tie,
   * every claim that won beats every claim that lost.
   */
  private static void assertClaimsOrdered(Fraction lowestWinner, Optional<Fraction> level,
      Fraction highestLoser, Distribution distribution) {
    if (level.isPresent()) {
      assertTrue(lowestWinner == null || lowestWinner.compareTo(level.get()) > 0,
          distribution::toString);
      assertTrue(level.get().compareTo(highestLoser) > 0, distribution::toString);
    } else if (lowestWinner != null) {
      assertTrue(lowestWinner.compareTo(highestLoser) > 0, distribution::toString);
    }
  }

  private static List<String> contenders(Distribution distribution) {
    return distribution.tie().map(Tie::contenders).orElse(List.of());
  }

  /** A tie with its contenders as a set, for comparing ties of parts given in another order. */
  private static List<Object> unordered(Tie tie) {
    return List.of(new HashSet<>(tie.contenders()), tie.units(), tie.level());
  }

  /** Small totals, where ties are common, and large ones. */
  private static Gen<Long> totals() {
    return longs().between(0, 60).mix(longs().between(0, 2_000_000));
  }

  /**
   * One to seven parts named p0, p1, …: mostly small weights, so that equal remainders and
   * quotients come up often, and at least one above zero.
   */
  private static Gen<List<Part>> parts() {
    Gen<Long> weights = longs().between(0, 12).mix(longs().between(0, 5_000_000), 30);
    return lists().of(weights).ofSizeBetween(1, 7)
        .assuming(list -> list.stream().anyMatch(weight -> weight > 0))
        .map(list -> {
          List<Part> parts = new ArrayList<>();
          for (int i = 0; i < list.size(); i++) {
            parts.add(Part.of("p" + i, list.get(i)));
          }
          return parts;
        })
        .describedAs(list -> list.stream().map(Part::toString).collect(Collectors.joining(", ")));
  }
}
