package nl.woonzorg.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.woonzorg.model.agreement.AgreementType;
import nl.woonzorg.model.agreement.PartyRole;
import nl.woonzorg.model.agreement.PerformanceAgreement;
import nl.woonzorg.model.analysis.AnalysisFinding;
import nl.woonzorg.model.dwelling.DwellingType;
import nl.woonzorg.model.dwelling.ProgrammeCategory;
import nl.woonzorg.model.fixture.GemeenteA;
import nl.woonzorg.model.goal.Breakdown;
import nl.woonzorg.model.goal.BreakdownDimension;
import nl.woonzorg.model.goal.BreakdownPart;
import nl.woonzorg.model.goal.ConstructionMode;
import nl.woonzorg.model.goal.Criterion;
import nl.woonzorg.model.goal.CriterionKind;
import nl.woonzorg.model.goal.Goal;
import nl.woonzorg.model.monitoring.Monitoring;
import nl.woonzorg.model.phase.Phase;
import nl.woonzorg.model.phase.PhaseEntry;
import nl.woonzorg.model.programme.Activity;
import nl.woonzorg.model.quantity.Quantity;
import nl.woonzorg.model.quantity.Unit;
import nl.woonzorg.model.targetgroup.TargetGroup;
import nl.woonzorg.model.time.Frequency;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The Taskforce's worked example "geclusterde woonvormen gemeente A", through all five phases,
 * with the seed's own figures.
 */
class GemeenteAExampleTest {

  private static final ValidatorFactory FACTORY = Validation.byDefaultProvider().configure()
      .messageInterpolator(new ParameterMessageInterpolator())
      .buildValidatorFactory();
  private static final Validator VALIDATOR = FACTORY.getValidator();

  private final HousingCareVision vision = GemeenteA.vision();

  @AfterAll
  static void close() {
    FACTORY.close();
  }

  @Test
  void passesThroughAllFivePhasesInOrder() {
    assertEquals(List.of(Phase.ANALYSE, Phase.VISIE, Phase.AFSPRAKEN, Phase.UITVOERING, Phase.BORGING),
        vision.getPhaseHistory().stream().map(PhaseEntry::getPhase).toList());
    assertEquals(Phase.BORGING, vision.getCurrentPhase());
    for (int i = 1; i < vision.getPhaseHistory().size(); i++) {
      PhaseEntry previous = vision.getPhaseHistory().get(i - 1);
      PhaseEntry next = vision.getPhaseHistory().get(i);
      assertEquals(1, previous.getPhase().stepsTo(next.getPhase()), "no phase is skipped");
      assertTrue(previous.getEndDate().orElseThrow().isBefore(next.getStartDate()));
    }
    assertEquals(Phase.ANALYSE, vision.getCurrentPhase().next(), "borging feeds next year's analyse");
  }

  @Test
  void analyse_23PercentOfThe65PlussersWantToMove() {
    AnalysisFinding finding = vision.getAnalysis().orElseThrow().getFindings().get(0);
    assertEquals(Optional.of(Quantity.of(23, Unit.PROCENT)), finding.getFigure());
    assertEquals(Set.of(TargetGroup.OUDEREN_65_PLUS), finding.getTargetGroups());
    assertEquals(Optional.of(65), TargetGroup.OUDEREN_65_PLUS.getMinimumAge());
  }

  @Test
  void visie_clusteredHousingWithin500MetresOfFacilities() {
    assertTrue(vision.getVision().orElseThrow().getSummary().orElseThrow().contains("500 meter"));
    Goal goal = vision.findGoal(GemeenteA.GOAL_CLUSTERED).orElseThrow();
    assertEquals(List.of(
            Criterion.of(CriterionKind.AANTAL_LOCATIES, Quantity.of(4, Unit.LOCATIES)),
            Criterion.of(CriterionKind.MAXIMALE_AFSTAND_TOT_VOORZIENING, Quantity.of(500, Unit.METER))),
        goal.getCriteria());
  }

  @Test
  void afspraak_110UnitsOn4LocationsBy2025_80NewBuildAnd30Existing() {
    Goal goal = vision.findGoal(GemeenteA.GOAL_CLUSTERED).orElseThrow();
    assertEquals(Optional.of(Quantity.of(110, Unit.WONINGEN)), goal.getTarget());
    assertEquals(LocalDate.of(2025, 12, 31), goal.getDeadline().orElseThrow().lastDay());
    assertEquals(Set.of(DwellingType.GECLUSTERDE_WOONVORM), goal.getScope().getDwellingTypes());
    assertEquals(Optional.of(ProgrammeCategory.GECLUSTERDE_WONING),
        DwellingType.GECLUSTERDE_WOONVORM.getProgrammeCategory());

    Breakdown byConstruction = goal.getBreakdowns().get(0);
    assertEquals(BreakdownDimension.BOUWWIJZE, byConstruction.getDimension());
    assertEquals(List.of(Optional.of(ConstructionMode.NIEUWBOUW), Optional.of(ConstructionMode.BESTAANDE_BOUW)),
        byConstruction.getParts().stream().map(BreakdownPart::getConstructionMode).toList());
    assertEquals(List.of(BigDecimal.valueOf(80), BigDecimal.valueOf(30)),
        byConstruction.getParts().stream().map(BreakdownPart::getValue).toList());
    assertEquals(BigDecimal.valueOf(110), byConstruction.total());

    PerformanceAgreement agreement = vision.findAgreement(GemeenteA.AGREEMENT_CLUSTERED).orElseThrow();
    assertEquals(Optional.of(AgreementType.HANDELINGSAFSPRAAK), agreement.getType());
    assertTrue(agreement.getType().orElseThrow().isSmartRequired());
    assertEquals(List.of(GemeenteA.GOAL_CLUSTERED), agreement.getGoalIds());
    assertEquals(List.of(GemeenteA.GEMEENTE, GemeenteA.CORPORATIE_X, GemeenteA.CORPORATIE_Y,
            GemeenteA.HUURDERS),
        agreement.partyIdsWithRole(PartyRole.ONDERTEKENAAR));
  }

  @Test
  void uitvoering_20And2x40And50Homes() {
    List<Activity> activities = vision.getProgramme().orElseThrow().getActivities();
    assertEquals(List.of(Optional.empty(), Optional.of(Quantity.of(20, Unit.WONINGEN)),
            Optional.of(Quantity.of(80, Unit.WONINGEN)), Optional.of(Quantity.of(50, Unit.WONINGEN))),
        activities.stream().map(Activity::getOutput).toList());

    Activity corporationX = activities.get(1);
    assertEquals(Optional.of(GemeenteA.WIJK_Y), corporationX.getAreaId());
    assertEquals(2022, corporationX.getPlanning().orElseThrow().getFromYear());

    Breakdown twoComplexes = activities.get(2).getBreakdowns().get(0);
    assertEquals(List.of(BigDecimal.valueOf(40), BigDecimal.valueOf(40)),
        twoComplexes.getParts().stream().map(BreakdownPart::getValue).toList());
    assertEquals(BigDecimal.valueOf(80), twoComplexes.total());

    Breakdown halfSocialHalfMidRent = activities.get(3).getBreakdowns().get(0);
    assertEquals(BreakdownDimension.HUURSEGMENT, halfSocialHalfMidRent.getDimension());
    assertEquals(Optional.of(Unit.PROCENT), halfSocialHalfMidRent.getUnit());
    assertEquals(List.of(BigDecimal.valueOf(50), BigDecimal.valueOf(50)),
        halfSocialHalfMidRent.getParts().stream().map(BreakdownPart::getValue).toList());
    assertEquals(BigDecimal.valueOf(100), halfSocialHalfMidRent.total());

    assertEquals(Optional.of(GemeenteA.GEMEENTE),
        activities.get(0).getBudget().orElseThrow().getFinancierPartyId(),
        "the municipality subsidises the welfare organisation");
  }

  @Test
  void borging_yearlyMonitoringOfTheClusteredHousing() {
    Monitoring monitoring = vision.getMonitoring().orElseThrow();
    assertEquals(Optional.of(Frequency.yearly()), monitoring.getReportingFrequency());
    assertEquals(1, monitoring.getReportingFrequency().orElseThrow().timesPerYear());
    assertEquals(List.of(GemeenteA.GOAL_CLUSTERED), monitoring.getIndicators().get(0).getGoalIds());
    PerformanceAgreement process = vision.findAgreement(GemeenteA.AGREEMENT_MONITORING).orElseThrow();
    assertEquals(Optional.of(AgreementType.PROCESAFSPRAAK), process.getType());
    assertEquals(Optional.of(Frequency.yearly()), process.getProcessTerms().orElseThrow().getFrequency());
  }

  @Test
  void hasNoConstraintViolations() {
    assertEquals(Set.of(), VALIDATOR.validate(vision));
  }
}
