package nl.woonzorg.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import nl.woonzorg.analysis.monitor.FindingKind;
import nl.woonzorg.analysis.monitor.GoalProgress;
import nl.woonzorg.analysis.monitor.MonitorFinding;
import nl.woonzorg.analysis.monitor.MonitorSettings;
import nl.woonzorg.analysis.monitor.PeriodicProgress;
import nl.woonzorg.analysis.monitor.ProgressStatus;
import nl.woonzorg.analysis.monitor.VisionMonitor;
import nl.woonzorg.analysis.pace.PeriodOutcome;
import nl.woonzorg.model.HousingCareVision;
import nl.woonzorg.model.report.Severity;
import nl.woonzorg.validation.WoonzorgValidator;
import org.junit.jupiter.api.Test;

/** The illustrative regional example: valid visions, and the verdicts its figures give. */
class RegionExampleTest {

  @Test
  void eachVisionValidatesWithoutErrors() {
    WoonzorgValidator validator = WoonzorgValidator.builder().build();
    for (HousingCareVision vision : RegionExample.visions()) {
      assertEquals(0, validator.validate(vision).count(Severity.ERROR), vision.getId());
    }
  }

  /**
   * As of the end of 2024, clustered homes: Stadskanaal at 14/15 of the pace at risk, Veendam at
   * 3/8 behind, Oldambt (16/11) and Westerwolde (10/9) on track; households waiting, each goal
   * counting down: 6/11, 2/15, 6/11 of the pace, and Westerwolde's rising list −4/81 — all behind.
   */
  @Test
  void theVerdictsOfTheFourGemeenten() {
    List<List<ProgressStatus>> statuses = RegionExample.visions().stream()
        .map(vision -> VisionMonitor.of(vision, LocalDate.of(2024, 12, 31),
            MonitorSettings.defaults()).goals().stream().map(GoalProgress::status).toList())
        .toList();
    assertEquals(List.of(
        List.of(ProgressStatus.AT_RISK, ProgressStatus.BEHIND),
        List.of(ProgressStatus.BEHIND, ProgressStatus.BEHIND),
        List.of(ProgressStatus.ON_TRACK, ProgressStatus.BEHIND),
        List.of(ProgressStatus.ON_TRACK, ProgressStatus.BEHIND)), statuses);
  }

  /**
   * Veendam plans its 50 homes at 5 per half year from 2022 and measured 2, 5, 8, 12, 15 and 18 at
   * the end of each half year: 2, 3, 3, 4, 3 and 3 a half year against 5 plus the backlog, so each
   * half year is missed and the backlog grows to 12 — 30 due, 18 built. The sixth missed in a row
   * is a finding about the goal.
   */
  @Test
  void veendamMissedEachHalfYearAndTheBacklogGrewToTwelve() {
    VisionMonitor monitor = VisionMonitor.of(RegionExample.visions().get(1),
        LocalDate.of(2024, 12, 31), MonitorSettings.defaults());

    PeriodicProgress halves = monitor.periods("doel-geclusterd-50").orElseThrow();
    assertEquals(List.of("2022 EERSTE_HELFT: 5 + 0 = 5, realised 2, backlog 3",
            "2022 TWEEDE_HELFT: 5 + 3 = 8, realised 3, backlog 5",
            "2023 EERSTE_HELFT: 5 + 5 = 10, realised 3, backlog 7",
            "2023 TWEEDE_HELFT: 5 + 7 = 12, realised 4, backlog 8",
            "2024 EERSTE_HELFT: 5 + 8 = 13, realised 3, backlog 10",
            "2024 TWEEDE_HELFT: 5 + 10 = 15, realised 3, backlog 12"),
        halves.backlog().outcomes().stream().map(PeriodOutcome::toString).toList());
    assertEquals(6, halves.backlog().consecutiveMissed());
    assertEquals(List.of(MonitorFinding.of(FindingKind.PERIODS_MISSED, "doel-geclusterd-50",
            LocalDate.of(2024, 12, 31), List.of())),
        monitor.findings().stream().filter(f -> f.kind() == FindingKind.PERIODS_MISSED).toList());
    // The other three plan no half years.
    assertEquals(List.of(false, true, false, false), RegionExample.visions().stream()
        .map(v -> VisionMonitor.of(v, LocalDate.of(2024, 12, 31), MonitorSettings.defaults())
            .periods(v.getGoals().get(0).getId()).isPresent())
        .toList());
  }
}
