package nl.woonzorg.examples;

import static nl.woonzorg.model.fixture.GemeenteA.GOAL_CLUSTERED;
import static nl.woonzorg.model.fixture.GemeenteA.INDICATOR_CLUSTERED;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import nl.woonzorg.model.HousingCareVision;
import nl.woonzorg.model.goal.BreakdownPart;
import nl.woonzorg.model.goal.Goal;
import nl.woonzorg.model.monitoring.Measurement;
import nl.woonzorg.model.phase.Phase;
import nl.woonzorg.model.phase.PhaseEntry;
import nl.woonzorg.model.programme.Activity;
import nl.woonzorg.model.quantity.Quantity;
import nl.woonzorg.model.quantity.Unit;
import nl.woonzorg.model.report.Report;
import nl.woonzorg.model.report.Severity;
import nl.woonzorg.model.report.Verdict;
import nl.woonzorg.validation.WoonzorgValidator;
import nl.woonzorg.validation.rule.Profile;
import org.junit.jupiter.api.Test;

/** Worked example 1: Gemeente A's clustered housing, through all five phases. */
class GemeenteATest {

  private final HousingCareVision vision = GemeenteA.vision();

  @Test
  void theGoalIs110ClusteredUnitsBy2025Of80NewAnd30Existing() {
    Goal goal = vision.findGoal(GOAL_CLUSTERED).orElseThrow();

    assertEquals(Quantity.of(110, Unit.WONINGEN), goal.getTarget().orElseThrow());
    assertEquals(2025, goal.getDeadline().orElseThrow().deadlineYear());
    assertEquals(List.of("nieuwbouw 80", "bestaande bouw 30"), goal.getBreakdowns().get(0)
        .getParts().stream().map(part -> part.getLabel() + " " + part.getValue()).toList());
    assertEquals(BigDecimal.valueOf(110), goal.getBreakdowns().get(0).total());
    assertEquals(List.of(Quantity.of(4, Unit.LOCATIES), Quantity.of(500, Unit.METER)),
        goal.getCriteria().stream().map(criterion -> criterion.getValue().orElseThrow()).toList());
  }

  @Test
  void theAnalysisFindsThat23PercentOfThe65PlussersWantToMove() {
    assertEquals(Quantity.of(23, Unit.PROCENT),
        vision.getAnalysis().orElseThrow().getFindings().get(0).getFigure().orElseThrow());
  }

  @Test
  void theProgrammePlans20Plus2x40Plus50Homes() {
    List<Activity> activities = vision.getProgramme().orElseThrow().getActivities();

    assertEquals(List.of(20L, 80L, 50L), activities.stream()
        .flatMap(activity -> activity.getOutput().stream())
        .map(output -> output.getValue().longValueExact()).toList());
    assertEquals(List.of(BigDecimal.valueOf(40), BigDecimal.valueOf(40)),
        activities.get(2).getBreakdowns().get(0).getParts().stream()
            .map(BreakdownPart::getValue).toList());
    assertEquals(List.of(BigDecimal.valueOf(50), BigDecimal.valueOf(50)),
        activities.get(3).getBreakdowns().get(0).getParts().stream()
            .map(BreakdownPart::getValue).toList());
  }

  @Test
  void itPassesAllFivePhasesAndIsNowInBorging() {
    assertEquals(List.of(Phase.values()),
        vision.getPhaseHistory().stream().map(PhaseEntry::getPhase).toList());
    assertEquals(Phase.BORGING, vision.getCurrentPhase());
  }

  @Test
  void itsMeasurementsAreIllustrativeAndSaySo() {
    List<Measurement> measurements = vision.getMonitoring().orElseThrow()
        .measurementsOf(INDICATOR_CLUSTERED);

    assertEquals(List.of(LocalDate.of(2022, 12, 31), LocalDate.of(2023, 12, 31),
            LocalDate.of(2024, 12, 31)),
        measurements.stream().map(Measurement::getReferenceDate).toList());
    assertEquals(List.of(20L, 50L, 90L),
        measurements.stream().map(m -> m.getValue().longValueExact()).toList());
    measurements.forEach(m -> assertEquals(GemeenteA.ILLUSTRATIVE, m.getSource().orElseThrow()));
  }

  @Test
  void itIsConformInVastgesteldWithEightAdviceFindings() {
    Report report = WoonzorgValidator.builder().profile(Profile.VASTGESTELD).build()
        .validate(vision);

    assertEquals(Verdict.CONFORM, report.verdict());
    assertEquals(0, report.count(Severity.ERROR));
    assertEquals(0, report.count(Severity.WARNING));
    assertEquals(2, report.findings("WZ-SIGN-02").size());
    assertEquals(6, report.findings("WZ-TOPIC-01").size());
    assertEquals(8, report.getFindings().size());
  }

  @Test
  void theSummarySaysSo() {
    assertEquals(List.of(
            "Woonzorgvisie gemeente A: geclusterde woonvormen (vastgesteld, fase borging)",
            "doel: 110 woningen in 2025, 80 nieuwbouw + 30 bestaande bouw",
            "uitvoeringsprogramma: 4 activiteiten, samen 150 woningen",
            "laatste meting (illustratief): 90 op 2024-12-31",
            "oordeel: conform (0 fouten, 0 waarschuwingen, 8 informatiemeldingen)"),
        GemeenteA.summary());
  }
}
