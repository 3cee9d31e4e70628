package nl.woonzorg.analysis.monitor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.woonzorg.analysis.number.Fraction;
import nl.woonzorg.analysis.pace.PeriodOutcome;
import nl.woonzorg.model.monitoring.Measurement;
import nl.woonzorg.model.time.PartialDate;
import nl.woonzorg.model.time.YearPart;
import org.junit.jupiter.api.Test;

/** Periodic targets per half year and quarter with their backlog, the statushouders pattern. */
class PeriodicProgressTest {

  private static final String HOUSED = "statushouders-gehuisvest";
  private static final MonitorSettings DEFAULTS = MonitorSettings.defaults();

  private static PeriodTarget half(int year, int half, long target) {
    return PeriodTarget.of(PartialDate.of(year, half == 1 ? YearPart.EERSTE_HELFT
        : YearPart.TWEEDE_HELFT), Fraction.of(target));
  }

  private static Measurement housed(LocalDate date, long value) {
    return Measurement.of(HOUSED, date, value);
  }

  /**
   * The second half of 2016: a taakstelling of 23,000 plus a backlog of 5,283 is 28,283 over six
   * months, 4,713 5/6 a month (Platform Opnieuw Thuis, 19 October 2016; shared/ANALYSIS.md §4).
   */
  @Test
  void theSecondHalfOf2016Required4713FiveSixthsAMonth() {
    PeriodicProgress progress = PeriodicProgress.of(HOUSED, List.of(half(2016, 2, 23_000)),
        Fraction.of(5_283), List.of(), MeasurementReading.PER_PERIOD,
        LocalDate.of(2016, 12, 31), DEFAULTS);

    PeriodOutcome outcome = progress.backlog().outcomes().get(0);
    assertEquals(Fraction.of(28_283), outcome.effectiveTarget());
    assertEquals(6, progress.periods().get(0).months());
    assertEquals("4713 5/6", progress.monthlyPaces().get(0).pace().toMixedString());
    assertEquals("2016 TWEEDE_HELFT", outcome.period().label());
  }

  /**
   * Four half years of 10 each against a cumulative level of 8, 17, 27 and 36: each falls short
   * of its own target plus the backlog (10, 12, 13, 13 against 8, 9, 10, 9), leaving 2, 3, 3, 4.
   * The fourth missed half year in a row is the finding, dated its last day; with the count set
   * to 3, the third is.
   */
  @Test
  void theFourthMissedHalfYearInARowIsAFinding() {
    List<PeriodTarget> halves = List.of(half(2023, 1, 10), half(2023, 2, 10), half(2024, 1, 10),
        half(2024, 2, 10));
    List<Measurement> levels = List.of(housed(LocalDate.of(2023, 6, 30), 8),
        housed(LocalDate.of(2023, 12, 31), 17), housed(LocalDate.of(2024, 6, 30), 27),
        housed(LocalDate.of(2024, 12, 31), 36));

    PeriodicProgress progress = PeriodicProgress.of(HOUSED, halves, Fraction.ZERO, levels,
        MeasurementReading.CUMULATIVE, LocalDate.of(2024, 12, 31), DEFAULTS);
    assertEquals(List.of(Fraction.of(10), Fraction.of(12), Fraction.of(13), Fraction.of(13)),
        progress.backlog().outcomes().stream().map(PeriodOutcome::effectiveTarget).toList());
    assertEquals(List.of(Fraction.of(8), Fraction.of(9), Fraction.of(10), Fraction.of(9)),
        progress.backlog().outcomes().stream().map(o -> o.period().realised()).toList());
    assertEquals(Fraction.of(4), progress.backlog().backlog());
    assertEquals(4, progress.backlog().consecutiveMissed());
    assertEquals(Optional.of(MonitorFinding.of(FindingKind.PERIODS_MISSED, HOUSED,
        LocalDate.of(2024, 12, 31), List.of())), progress.finding());

    PeriodicProgress inAutumn = PeriodicProgress.of(HOUSED, halves, Fraction.ZERO, levels,
        MeasurementReading.CUMULATIVE, LocalDate.of(2024, 9, 30), DEFAULTS);
    assertEquals(3, inAutumn.periods().size());
    assertEquals(Optional.empty(), inAutumn.finding());
    PeriodicProgress atThree = PeriodicProgress.of(HOUSED, halves, Fraction.ZERO, levels,
        MeasurementReading.CUMULATIVE, LocalDate.of(2024, 9, 30),
        MonitorSettings.builder().missedPeriodsForFinding(3).build());
    assertEquals(Optional.of(LocalDate.of(2024, 6, 30)),
        atThree.finding().flatMap(MonitorFinding::date));
  }

  /**
   * Quarters counted per month: 3 + 4 + 5 = 12 housed against 10 clears the first quarter and
   * banks nothing; 2 + 2 + 2 = 6 against 10 leaves 4. A quarter that met its target breaks the run.
   */
  @Test
  void quartersCountedPerMonthAddUpAndAMetQuarterBreaksTheRun() {
    List<Measurement> monthly = new ArrayList<>();
    long[] counts = {3, 4, 5, 2, 2, 2, 9, 9, 9};
    for (int month = 1; month <= counts.length; month++) {
      monthly.add(housed(LocalDate.of(2025, month, 1).plusMonths(1).minusDays(1), counts[month - 1]));
    }
    List<PeriodTarget> quarters = List.of(
        PeriodTarget.of(PartialDate.of(2025, YearPart.KWARTAAL_1), Fraction.of(10)),
        PeriodTarget.of(PartialDate.of(2025, YearPart.KWARTAAL_2), Fraction.of(10)),
        PeriodTarget.of(PartialDate.of(2025, YearPart.KWARTAAL_3), Fraction.of(10)));
    PeriodicProgress progress = PeriodicProgress.of(HOUSED, quarters, Fraction.ZERO, monthly,
        MeasurementReading.PER_PERIOD, LocalDate.of(2025, 9, 30),
        MonitorSettings.builder().missedPeriodsForFinding(1).build());

    assertEquals(List.of(Fraction.of(12), Fraction.of(6), Fraction.of(27)),
        progress.backlog().outcomes().stream().map(o -> o.period().realised()).toList());
    assertEquals(List.of(Fraction.ZERO, Fraction.of(4), Fraction.ZERO),
        progress.backlog().outcomes().stream().map(PeriodOutcome::backlog).toList());
    assertEquals(0, progress.backlog().consecutiveMissed());
    assertEquals(Optional.empty(), progress.finding());
  }

  @Test
  void overlappingPeriodsAndAFallingLevelAreRefused() {
    assertEquals("target periods 2024 and 2024 TWEEDE_HELFT overlap",
        assertThrows(IllegalArgumentException.class, () -> PeriodicProgress.of(HOUSED,
            List.of(PeriodTarget.of(PartialDate.ofYear(2024), Fraction.ONE), half(2024, 2, 1)),
            Fraction.ZERO, List.of(), MeasurementReading.CUMULATIVE, LocalDate.of(2025, 1, 1),
            DEFAULTS)).getMessage());
    assertEquals("the cumulative level falls in 2024 TWEEDE_HELFT, from 9 to 7",
        assertThrows(IllegalArgumentException.class, () -> PeriodicProgress.of(HOUSED,
            List.of(half(2024, 2, 1)), Fraction.ZERO, List.of(housed(LocalDate.of(2024, 6, 1), 9),
                housed(LocalDate.of(2024, 12, 1), 7)), MeasurementReading.CUMULATIVE,
            LocalDate.of(2025, 1, 1), DEFAULTS)).getMessage());
  }

  /**
   * Whatever is housed in the months after a half year has ended, that half year's outcome stays
   * what it was: a later measurement never changes an earlier period's verdict.
   */
  @Test
  void aLaterMeasurementNeverChangesAnEarlierPeriodsVerdict() {
    qt().forAll(lists().of(integers().between(0, 30)).ofSizeBetween(1, 24),
            integers().between(0, 100))
        .checkAssert((counts, later) -> {
          List<PeriodTarget> halves = new ArrayList<>();
          List<Measurement> monthly = new ArrayList<>();
          for (int i = 0; i < counts.size(); i++) {
            LocalDate end = LocalDate.of(2023, 1, 31).plusMonths(i).withDayOfMonth(1)
                .plusMonths(1).minusDays(1);
            monthly.add(housed(end, counts.get(i)));
          }
          for (int year = 2023; year <= 2025; year++) {
            halves.add(half(year, 1, 60));
            halves.add(half(year, 2, 60));
          }
          LocalDate asOf = LocalDate.of(2025, 12, 31);
          PeriodicProgress before = PeriodicProgress.of(HOUSED, halves, Fraction.ZERO, monthly,
              MeasurementReading.PER_PERIOD, asOf, DEFAULTS);
          monthly.add(housed(LocalDate.of(2023, 1, 31).plusMonths(counts.size()).withDayOfMonth(1)
              .plusMonths(1).minusDays(1), later));
          PeriodicProgress after = PeriodicProgress.of(HOUSED, halves, Fraction.ZERO, monthly,
              MeasurementReading.PER_PERIOD, asOf, DEFAULTS);
          // The half years that ended before the added month are judged alike.
          int settled = counts.size() / 6;
          assertEquals(before.backlog().outcomes().subList(0, settled),
              after.backlog().outcomes().subList(0, settled));
        });
  }
}
