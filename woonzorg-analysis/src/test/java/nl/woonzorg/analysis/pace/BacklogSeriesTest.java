package nl.woonzorg.analysis.pace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import nl.woonzorg.analysis.number.Fraction;
import org.junit.jupiter.api.Test;

/**
 * The half-year <i>taakstelling</i> for housing <i>statushouders</i> with its backlog carried over,
 * on the figures of shared/ANALYSIS.md section 4.
 */
class BacklogSeriesTest {

  /**
   * Platform Opnieuw Thuis, 19 October 2016 (ANALYSIS.md §4): the second half of 2016 asks 23,000
   * plus a backlog of 5,283, 28,283 over six months, 4,713 5/6 a month ("gemiddeld elke maand zo'n
   * 4.714").
   */
  @Test
  void theSecondHalfOf2016Asks4713AndFiveSixthsAMonth() {
    // At the start of the half-year, with nothing realised in it yet.
    BacklogSeries series = BacklogSeries.of(Fraction.of(5_283),
        List.of(TargetPeriod.of("2016-H2", Fraction.of(23_000), Fraction.ZERO)));

    PeriodOutcome outcome = series.outcomes().get(0);
    assertEquals(Fraction.of(5_283), outcome.previousBacklog());
    assertEquals(Fraction.of(28_283), outcome.effectiveTarget());
    RequiredPace monthly = RequiredPace.of(outcome.effectiveTarget(), Fraction.ZERO, 6);
    assertEquals("4713 5/6", monthly.pace().toMixedString());
  }

  /**
   * ANALYSIS.md §4: a province may intervene after four consecutive missed half-years. Illustrative
   * figures: a gemeente meets its first half-year, then falls short four times.
   */
  @Test
  void fourMissedHalfYearsInARowAreCounted() {
    BacklogSeries series = BacklogSeries.of(Fraction.ZERO, List.of(
        period("2015-H1", 40, 45),
        period("2015-H2", 40, 30),
        period("2016-H1", 40, 35),
        period("2016-H2", 50, 60),
        period("2017-H1", 50, 20)));

    assertEquals(4, series.consecutiveMissed());
    assertEquals(List.of(Fraction.ZERO, Fraction.of(10), Fraction.of(15), Fraction.of(5),
        Fraction.of(35)), series.outcomes().stream().map(PeriodOutcome::backlog).toList());
    assertEquals(List.of(false, true, true, true, true),
        series.outcomes().stream().map(PeriodOutcome::missed).toList());
    assertEquals(Fraction.of(35), series.backlog());
    assertEquals("2017-H1: 50 + 5 = 55, realised 20, backlog 35",
        series.outcomes().get(4).toString());
  }

  @Test
  void aPeriodThatMeetsItsTargetEndsTheRunAndBanksNoSurplus() {
    BacklogSeries series = BacklogSeries.of(Fraction.of(10), List.of(
        period("2016-H1", 40, 20),
        period("2016-H2", 40, 100),
        period("2017-H1", 40, 40)));

    assertEquals(0, series.consecutiveMissed());
    assertEquals(Fraction.of(30), series.outcomes().get(1).previousBacklog());
    // 100 realised against 70 leaves no backlog, and no credit: the next period's target is its own.
    assertEquals(Fraction.of(40), series.outcomes().get(2).effectiveTarget());
  }

  @Test
  void withoutPeriodsTheBacklogIsTheOpeningOne() {
    BacklogSeries series = BacklogSeries.of(Fraction.of(7), List.of());

    assertEquals(Fraction.of(7), series.backlog());
    assertEquals(0, series.consecutiveMissed());
  }

  @Test
  void negativeTargetsRealisationsAndBacklogsAreRefused() {
    assertEquals("period 2016-H1 cannot have a negative target or realisation: target -1,"
            + " realised 0",
        assertThrows(IllegalArgumentException.class, () -> period("2016-H1", -1, 0)).getMessage());
    assertEquals("a backlog cannot be negative: -1",
        assertThrows(IllegalArgumentException.class,
            () -> BacklogSeries.of(Fraction.of(-1), List.of())).getMessage());
  }

  private static TargetPeriod period(String label, long target, long realised) {
    return TargetPeriod.of(label, Fraction.of(target), Fraction.of(realised));
  }
}
