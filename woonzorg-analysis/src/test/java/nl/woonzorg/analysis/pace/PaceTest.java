package nl.woonzorg.analysis.pace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import nl.woonzorg.analysis.number.Fraction;
import nl.woonzorg.model.time.YearPeriod;
import org.junit.jupiter.api.Test;

/**
 * Required and realised pace, their ratio and the projected year, on the figures of
 * shared/ANALYSIS.md section 4 ("Progress, pace and projection").
 */
class PaceTest {

  /**
   * Kamerbrief 5 June 2024 (ANALYSIS.md §4): 800,000 homes still to build over 2024–2030 is
   * 800000/7 = 114,285 5/7 a year.
   */
  @Test
  void theKamerbriefRequires114285AndFiveSeventhsHomesAYear() {
    RequiredPace required =
        RequiredPace.over(YearPeriod.of(2024, 2030), Fraction.of(800_000), Fraction.ZERO);

    assertEquals(Fraction.of(800_000, 7), required.pace());
    assertEquals("114285 5/7", required.pace().toMixedString());
    assertEquals(7, required.periodsLeft());
    assertEquals(Fraction.of(800_000), required.remaining());
    assertEquals("(800000 − 0) / 7 = 114285 5/7", required.toString());
  }

  /**
   * Kamerbrief 5 June 2024 (ANALYSIS.md §4): some 180,000 homes in two years is 90,000 a year,
   * 90,000 / (800,000/7) = 63/80 of the pace required.
   */
  @Test
  void ninetyThousandAYearIsSixtyThreeEightiethsOfTheRequiredPace() {
    RealisedPace realised = RealisedPace.of(Fraction.of(180_000), 2);
    RequiredPace required =
        RequiredPace.over(YearPeriod.of(2024, 2030), Fraction.of(800_000), Fraction.ZERO);

    assertEquals(Fraction.of(90_000), realised.pace());
    PaceComparison comparison = PaceComparison.of(realised, required);
    assertEquals(Optional.of(Fraction.of(63, 80)), comparison.ratio());
    assertEquals(realised, comparison.realised());
    assertEquals(required, comparison.required());
  }

  /**
   * Homes for older people (ANALYSIS.md §4): 290,000 over 2023–2030 is 36,250 a year, over
   * 2022–2030 32,222 2/9 — the period must be explicit.
   */
  @Test
  void thePeriodChangesTheRequiredPaceForHomesForOlderPeople() {
    Fraction target = Fraction.of(290_000);

    assertEquals(Fraction.of(36_250),
        RequiredPace.over(YearPeriod.of(2023, 2030), target, Fraction.ZERO).pace());
    assertEquals("32222 2/9",
        RequiredPace.over(YearPeriod.of(2022, 2030), target, Fraction.ZERO).pace().toMixedString());
  }

  /**
   * The MIT shortage (ANALYSIS.md §4): it fell from 132,000 (2006) to 87,000 (2009), 15,000 a year,
   * so at that pace it is gone in 2009 + 87,000/15,000 = 2014.8.
   */
  @Test
  void theMitShortageIsProjectedToBeGoneIn2014Point8() {
    RealisedPace fall = RealisedPace.over(YearPeriod.of(2007, 2009), Fraction.of(132_000 - 87_000));
    Projection projection = Projection.of(Fraction.of(2009), Fraction.of(132_000),
        Fraction.of(132_000 - 87_000), fall.pace());

    assertEquals(Fraction.of(15_000), fall.pace());
    assertEquals(Fraction.of(87_000), projection.remaining());
    Fraction year = projection.reachedAt().orElseThrow();
    assertEquals(new BigDecimal("2014.8"), year.toBigDecimal(1, RoundingMode.UNNECESSARY));
    assertEquals("2009 + (132000 − 45000) / 15000 = 2014 4/5", projection.toString());
  }

  @Test
  void atAPaceOfZeroOrBelowATargetIsNeverReached() {
    Projection stalled =
        Projection.of(Fraction.of(2024), Fraction.of(100), Fraction.of(40), Fraction.ZERO);
    Projection receding =
        Projection.of(Fraction.of(2024), Fraction.of(100), Fraction.of(40), Fraction.of(-5));

    assertEquals(Optional.empty(), stalled.reachedAt());
    assertEquals(Optional.empty(), receding.reachedAt());
    assertEquals("2024 + (100 − 40) / 0: never, at a pace of 0", stalled.toString());
  }

  @Test
  void aReachedTargetRequiresNothingMoreSoThereIsNoRatio() {
    RequiredPace reached = RequiredPace.of(Fraction.of(100), Fraction.of(120), 3);

    assertEquals(Fraction.of(-20, 3), reached.pace());
    assertEquals(Optional.empty(),
        PaceComparison.of(RealisedPace.of(Fraction.of(10), 1), reached).ratio());
  }

  /**
   * From 100 households waiting to 80 in two years: −10 a year required; −5 a year realised is
   * half of it, and reaches 80 in 2024 + (80 − 100) / −5 = 2028. A rise of 5 a year goes away
   * from the target: a ratio below zero and no projected year. Below 80, nothing more is required.
   */
  @Test
  void aTargetThatCountsDownRequiresAPaceBelowZero() {
    RequiredPace required = RequiredPace.of(Direction.DOWN, Fraction.of(80), Fraction.of(100), 2);
    assertEquals(Fraction.of(-10), required.pace());
    assertEquals(Optional.of(Fraction.of(1, 2)),
        PaceComparison.of(RealisedPace.of(Fraction.of(-10), 2), required).ratio());
    assertEquals(Optional.of(Fraction.of(-1, 2)),
        PaceComparison.of(RealisedPace.of(Fraction.of(10), 2), required).ratio());
    assertEquals(Optional.empty(), PaceComparison.of(RealisedPace.of(Fraction.of(-10), 2),
        RequiredPace.of(Direction.DOWN, Fraction.of(80), Fraction.of(70), 2)).ratio());

    Projection falling = Projection.of(Direction.DOWN, Fraction.of(2024), Fraction.of(80),
        Fraction.of(100), Fraction.of(-5));
    assertEquals(Optional.of(Fraction.of(2028)), falling.reachedAt());
    assertEquals(Optional.empty(), Projection.of(Direction.DOWN, Fraction.of(2024),
        Fraction.of(80), Fraction.of(100), Fraction.of(5)).reachedAt());
    assertEquals(Direction.DOWN, Direction.of(Fraction.of(120), Fraction.of(80)));
    assertEquals(Direction.UP, Direction.of(Fraction.of(80), Fraction.of(80)));
  }

  @Test
  void aPaceNeedsAtLeastOnePeriod() {
    assertEquals("a required pace needs at least one period left, not 0",
        assertThrows(IllegalArgumentException.class,
            () -> RequiredPace.of(Fraction.ONE, Fraction.ZERO, 0)).getMessage());
    assertEquals("a realised pace needs a window of at least one period, not -1",
        assertThrows(IllegalArgumentException.class,
            () -> RealisedPace.of(Fraction.ONE, -1)).getMessage());
  }

  /** Every input a result came from is on it. */
  @Test
  void eachResultKeepsItsInputs() {
    RequiredPace required = RequiredPace.of(Fraction.of(10), Fraction.of(4), 3);
    assertEquals(List.of(Fraction.of(10), Fraction.of(4), 3L),
        List.of(required.target(), required.realised(), required.periodsLeft()));
    RealisedPace realised = RealisedPace.of(Fraction.of(6), 4);
    assertEquals(List.of(Fraction.of(6), 4L), List.of(realised.realised(), realised.window()));
    Projection projection = Projection.of(Fraction.of(2024), Fraction.of(10), Fraction.of(4),
        Fraction.of(3, 2));
    assertEquals(List.of(Fraction.of(2024), Fraction.of(10), Fraction.of(4), Fraction.of(3, 2)),
        List.of(projection.now(), projection.target(), projection.realised(), projection.pace()));
  }
}
