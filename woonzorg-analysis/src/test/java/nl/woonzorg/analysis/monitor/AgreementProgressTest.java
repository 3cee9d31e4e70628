package nl.woonzorg.analysis.monitor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.woonzorg.analysis.number.Fraction;
import nl.woonzorg.analysis.pace.PeriodOutcome;
import nl.woonzorg.model.HousingCareVision;
import nl.woonzorg.model.agreement.PerformanceAgreement;
import nl.woonzorg.model.agreement.YearSlice;
import nl.woonzorg.model.fixture.GemeenteA;
import nl.woonzorg.model.monitoring.Measurement;
import nl.woonzorg.model.monitoring.Monitoring;
import org.junit.jupiter.api.Test;

/**
 * An agreement's progress from its jaarschijven: Gemeente A's 110 clustered units over 2022–2025
 * in jaarschijven of 20, 35, 35 and 20, against the illustrative levels 20, 50 and 90 that the
 * bundled example measures at the end of 2022, 2023 and 2024.
 */
class AgreementProgressTest {

  private static final PerformanceAgreement AGREEMENT = PerformanceAgreement.builder()
      .from(GemeenteA.clusteredHousingAgreement())
      .yearSlices(List.of(YearSlice.of(2022, 20), YearSlice.of(2023, 35), YearSlice.of(2024, 35),
          YearSlice.of(2025, 20)))
      .build();
  private static final List<Measurement> LEVELS = List.of(level(2022, 20), level(2023, 50),
      level(2024, 90));

  @Test
  void gemeenteAsAgreementIsOnTrackWithEveryFigureExact() {
    AgreementProgress progress = AgreementProgress.of(AGREEMENT, LEVELS,
        LocalDate.of(2024, 12, 31), MonitorSettings.defaults());

    assertEquals(List.of(YearLevel.baseline(2021, Fraction.ZERO), YearLevel.of(LEVELS.get(0)),
        YearLevel.of(LEVELS.get(1)), YearLevel.of(LEVELS.get(2))), progress.levels());
    List<PeriodOutcome> years = progress.backlog().outcomes();
    assertEquals(List.of("2022", "2023", "2024"), years.stream().map(y -> y.period().label())
        .toList());
    assertEquals(List.of(Fraction.of(20), Fraction.of(30), Fraction.of(40)),
        years.stream().map(y -> y.period().realised()).toList());
    assertEquals(List.of(Fraction.of(20), Fraction.of(35), Fraction.of(40)),
        years.stream().map(PeriodOutcome::effectiveTarget).toList());
    assertEquals(List.of(Fraction.ZERO, Fraction.of(5), Fraction.ZERO),
        years.stream().map(PeriodOutcome::backlog).toList());
    assertEquals(List.of(false, true, false), years.stream().map(PeriodOutcome::missed).toList());

    assertEquals(Optional.of(Fraction.of(110)), progress.target());
    assertEquals(Fraction.of(90), progress.latest().orElseThrow().value());
    assertEquals(Optional.of(Fraction.of(9, 11)), progress.share());
    assertEquals("(110 − 90) / 1 = 20", progress.requiredPace().orElseThrow().toString());
    // From the zero before the agreement's start, three years back: 90 / 3.
    assertEquals(2021, progress.windowStart().orElseThrow().year());
    assertEquals("90 / 3 = 30", progress.realisedPace().orElseThrow().toString());
    assertEquals(Optional.of(Fraction.of(3, 2)),
        progress.comparison().flatMap(c -> c.ratio()));
    assertEquals(Optional.of(Fraction.of(6074, 3)), progress.projectedYear());
    assertEquals(ProgressStatus.ON_TRACK, progress.status());
    assertEquals(LEVELS.get(2), progress.latest().orElseThrow().measurement().orElseThrow());
  }

  /** Mid-2024 only 2022 and 2023 have ended: 50 / 2 = 25 against (110 − 50) / 2 = 30 is behind. */
  @Test
  void midYearOnlyTheEndedYearsCountAndFiveSixthsIsBehind() {
    HousingCareVision vision = HousingCareVision.builder().from(GemeenteA.vision())
        .agreements(List.of(AGREEMENT))
        .monitoring(Monitoring.builder().from(GemeenteA.monitoring()).measurements(LEVELS)
            .build())
        .build();

    VisionMonitor monitor = VisionMonitor.of(vision, LocalDate.of(2024, 6, 30),
        MonitorSettings.defaults());
    AgreementProgress progress = monitor.agreements().get(0);
    assertEquals(2, progress.backlog().outcomes().size());
    assertEquals("(110 − 50) / 2 = 30", progress.requiredPace().orElseThrow().toString());
    assertEquals("50 / 2 = 25", progress.realisedPace().orElseThrow().toString());
    assertEquals(Optional.of(Fraction.of(5, 6)), progress.comparison().flatMap(c -> c.ratio()));
    assertEquals(ProgressStatus.BEHIND, progress.status());
    assertEquals(List.of(MonitorFinding.of(FindingKind.AGREEMENT_BEHIND,
        GemeenteA.AGREEMENT_CLUSTERED, LocalDate.of(2023, 12, 31), List.of(LEVELS.get(1)))),
        monitor.findings());
  }

  /** Nothing realised over the window: a pace of zero, no projected year, and behind. */
  @Test
  void aPaceOfZeroGivesNoProjectedYear() {
    AgreementProgress progress = AgreementProgress.of(AGREEMENT,
        List.of(level(2021, 0), level(2024, 0)), LocalDate.of(2024, 12, 31),
        MonitorSettings.defaults());

    assertEquals(Fraction.ZERO, progress.realisedPace().orElseThrow().pace());
    assertEquals(Optional.empty(), progress.projectedYear());
    assertEquals(ProgressStatus.BEHIND, progress.status());
    assertEquals(3, progress.backlog().consecutiveMissed());
  }

  /** Without a target, a deadline or a period the jaarschijven give both. */
  @Test
  void theJaarschijvenGiveTargetAndDeadlineWhereTheAgreementGivesNone() {
    PerformanceAgreement bare = PerformanceAgreement.builder().from(AGREEMENT)
        .target(Optional.empty()).deadline(Optional.empty()).period(Optional.empty()).build();

    AgreementProgress progress = AgreementProgress.of(bare, LEVELS, LocalDate.of(2024, 12, 31),
        MonitorSettings.defaults());
    assertEquals(Optional.of(Fraction.of(110)), progress.target());
    assertEquals(progress.requiredPace(), AgreementProgress.of(AGREEMENT, LEVELS,
        LocalDate.of(2024, 12, 31), MonitorSettings.defaults()).requiredPace());
  }

  private static Measurement level(int year, long value) {
    return Measurement.of(GemeenteA.INDICATOR_CLUSTERED, LocalDate.of(year, 12, 31), value);
  }
}
