package nl.woonzorg.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import nl.woonzorg.analysis.monitor.GoalProgress;
import nl.woonzorg.analysis.monitor.MonitorSettings;
import nl.woonzorg.analysis.monitor.ProgressStatus;
import nl.woonzorg.analysis.monitor.VisionMonitor;
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
}
