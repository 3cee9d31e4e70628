package nl.woonzorg.analysis.monitor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import nl.woonzorg.analysis.number.Fraction;
import nl.woonzorg.analysis.pace.PeriodOutcome;
import nl.woonzorg.analysis.pace.RequiredPace;
import nl.woonzorg.model.HousingCareVision;
import nl.woonzorg.model.agreement.PerformanceAgreement;
import nl.woonzorg.model.agreement.YearSlice;
import nl.woonzorg.model.fixture.GemeenteA;
import nl.woonzorg.model.monitoring.Comparison;
import nl.woonzorg.model.monitoring.EarlyWarningThreshold;
import nl.woonzorg.model.monitoring.Indicator;
import nl.woonzorg.model.monitoring.Measurement;
import nl.woonzorg.model.monitoring.Monitoring;
import nl.woonzorg.model.quantity.Unit;
import nl.woonzorg.model.time.Frequency;
import org.junit.jupiter.api.Test;

/** The monitor of a whole vision: jaarschijven, early warnings, stale indicators, sources. */
class VisionMonitorTest {

  private static final String WACHTTIJD = "wachttijd-maanden";

  /**
   * Statushouders, Platform Opnieuw Thuis, 19 October 2016: the second half of 2016 asks 23,000 +
   * a backlog of 5,283 = 28,283 homes, 4,713 5/6 a month. The monitor carries a jaarschijf's
   * backlog the same way.
   */
  @Test
  void aJaarschijfInheritsTheBacklogAsTheTaakstellingOf2016Did() {
    AgreementProgress progress = AgreementProgress.of(agreement(
            YearSlice.of(2015, 10_000), YearSlice.of(2016, 23_000)),
        List.of(level(2015, 4_717)), LocalDate.of(2016, 12, 31), MonitorSettings.defaults());

    PeriodOutcome second = progress.backlog().outcomes().get(1);
    assertEquals(Fraction.of(28_283), second.effectiveTarget());
    assertEquals("4713 5/6",
        RequiredPace.of(second.effectiveTarget(), Fraction.ZERO, 6).pace().toMixedString());
  }

  /** Provinces may intervene after four missed periods in a row: the fourth is a finding. */
  @Test
  void fourJaarschijvenMissedInARowAreAFindingAndThreeAreNot() {
    HousingCareVision three = vision(agreement(YearSlice.of(2021, 10), YearSlice.of(2022, 10),
        YearSlice.of(2023, 10)), List.of(level(2021, 5), level(2022, 12), level(2023, 20)));
    HousingCareVision four = vision(agreement(YearSlice.of(2021, 10), YearSlice.of(2022, 10),
        YearSlice.of(2023, 10), YearSlice.of(2024, 10)),
        List.of(level(2021, 5), level(2022, 12), level(2023, 20), level(2024, 30)));

    assertEquals(List.of(), kinds(three, LocalDate.of(2024, 12, 31)));
    VisionMonitor monitor = VisionMonitor.of(four, LocalDate.of(2024, 12, 31),
        MonitorSettings.defaults());
    assertEquals(4, monitor.agreements().get(0).backlog().consecutiveMissed());
    assertEquals(Fraction.of(10), monitor.agreements().get(0).backlog().backlog());
    assertEquals(List.of(FindingKind.PERIODS_MISSED), kinds(four, LocalDate.of(2024, 12, 31)));
    assertFalse(VisionMonitor.of(four, LocalDate.of(2024, 12, 30), MonitorSettings.defaults())
        .agreements().get(0).missedTooOften());
  }

  @Test
  void anEarlyWarningFiresOnEachMeasurementPastItsThreshold() {
    EarlyWarningThreshold threshold = EarlyWarningThreshold.builder()
        .indicatorId(WACHTTIJD).comparison(Comparison.BOVEN).value(BigDecimal.valueOf(24))
        .build();
    Measurement fine = Measurement.of(WACHTTIJD, LocalDate.of(2023, 6, 30), 20);
    Measurement high = Measurement.of(WACHTTIJD, LocalDate.of(2024, 6, 30), 30);
    HousingCareVision vision = HousingCareVision.builder().from(GemeenteA.vision())
        .monitoring(Monitoring.builder()
            .addIndicators(Indicator.of(WACHTTIJD, "Wachttijd", Unit.MAANDEN))
            .addMeasurements(fine, high).addThresholds(threshold)
            .build())
        .build();

    VisionMonitor monitor = VisionMonitor.of(vision, LocalDate.of(2024, 12, 31),
        MonitorSettings.defaults());
    assertEquals(List.of(FiredWarning.of(threshold, high)), monitor.firedWarnings());
    assertEquals(List.of(MonitorFinding.of(FindingKind.WARNING_FIRED, WACHTTIJD,
        LocalDate.of(2024, 6, 30), List.of(high))), monitor.findings().stream()
        .filter(f -> f.kind() == FindingKind.WARNING_FIRED).toList());
    assertTrue(VisionMonitor.of(vision, LocalDate.of(2024, 1, 1), MonitorSettings.defaults())
        .firedWarnings().isEmpty());
  }

  /** A yearly cycle: a measurement a year and a day old is overdue. */
  @Test
  void anIndicatorNotMeasuredWithinItsCycleIsStale() {
    HousingCareVision vision = HousingCareVision.builder().from(GemeenteA.vision())
        .monitoring(Monitoring.builder().from(GemeenteA.monitoring())
            .reportingFrequency(Frequency.yearly())
            .addMeasurements(level(2024, 90))
            .build())
        .build();

    assertTrue(VisionMonitor.of(vision, LocalDate.of(2025, 12, 31), MonitorSettings.defaults())
        .staleIndicators().isEmpty());
    List<StaleIndicator> stale = VisionMonitor.of(vision, LocalDate.of(2026, 1, 1),
        MonitorSettings.defaults()).staleIndicators();
    assertEquals(List.of(StaleIndicator.of(GemeenteA.INDICATOR_CLUSTERED, level(2024, 90),
        LocalDate.of(2025, 1, 1))), stale);
  }

  @Test
  void twoSourcesThatDisagreeAreAFindingAndNeitherIsPicked() {
    Measurement gemeente = Measurement.builder().from(level(2024, 90)).source("gemeente").build();
    Measurement corporatie = Measurement.builder().from(level(2024, 85)).source("corporatie")
        .build();
    Measurement same = Measurement.builder().from(level(2023, 50)).source("corporatie").build();
    HousingCareVision vision = HousingCareVision.builder().from(GemeenteA.vision())
        .monitoring(Monitoring.builder().from(GemeenteA.monitoring())
            .addMeasurements(level(2023, 50), same, gemeente, corporatie)
            .build())
        .build();

    VisionMonitor monitor = VisionMonitor.of(vision, LocalDate.of(2024, 12, 31),
        MonitorSettings.defaults());
    assertEquals(List.of(Disagreement.of(List.of(gemeente, corporatie))),
        monitor.disagreements());
    assertEquals(2023, monitor.goals().get(0).latest().orElseThrow().year());
    assertEquals(List.of(FindingKind.SOURCES_DISAGREE), monitor.findings().stream()
        .map(MonitorFinding::kind).toList());
  }

  private static List<FindingKind> kinds(HousingCareVision vision, LocalDate asOf) {
    return VisionMonitor.of(vision, asOf, MonitorSettings.defaults()).findings().stream()
        .map(MonitorFinding::kind)
        .filter(kind -> kind != FindingKind.GOAL_BEHIND && kind != FindingKind.AGREEMENT_BEHIND)
        .toList();
  }

  private static PerformanceAgreement agreement(YearSlice... slices) {
    return PerformanceAgreement.builder().from(GemeenteA.clusteredHousingAgreement())
        .yearSlices(List.of(slices))
        .build();
  }

  private static HousingCareVision vision(PerformanceAgreement agreement,
      List<Measurement> levels) {
    return HousingCareVision.builder().from(GemeenteA.vision())
        .agreements(List.of(agreement))
        .monitoring(Monitoring.builder().from(GemeenteA.monitoring())
            .measurements(levels).build())
        .build();
  }

  private static Measurement level(int year, long value) {
    return Measurement.of(GemeenteA.INDICATOR_CLUSTERED, LocalDate.of(year, 12, 31), value);
  }
}
