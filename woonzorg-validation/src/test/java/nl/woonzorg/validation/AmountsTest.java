package nl.woonzorg.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import nl.woonzorg.model.HousingCareVision;
import nl.woonzorg.model.agreement.PerformanceAgreement;
import nl.woonzorg.model.agreement.YearSlice;
import nl.woonzorg.model.analysis.Analysis;
import nl.woonzorg.model.analysis.AnalysisFinding;
import nl.woonzorg.model.analysis.FigureKind;
import nl.woonzorg.model.analysis.SupplyDemandFigure;
import nl.woonzorg.model.fixture.GemeenteA;
import nl.woonzorg.model.goal.Breakdown;
import nl.woonzorg.model.goal.BreakdownDimension;
import nl.woonzorg.model.goal.BreakdownPart;
import nl.woonzorg.model.goal.Criterion;
import nl.woonzorg.model.goal.CriterionKind;
import nl.woonzorg.model.goal.Goal;
import nl.woonzorg.model.programme.Activity;
import nl.woonzorg.model.programme.ImplementationProgramme;
import nl.woonzorg.model.quantity.Quantity;
import nl.woonzorg.model.quantity.Unit;
import nl.woonzorg.model.report.Finding;
import nl.woonzorg.model.report.Report;
import org.junit.jupiter.api.Test;

/**
 * The two rules on amounts, WZ-SMART-R-02 (not negative) and WZ-SMART-R-03 (percentages at most
 * 100), find an amount at every kind of place a vision states one, and point at it: the amounts
 * are walked with one place moved along, whose pointer is made only for what is reported, so
 * each depth of the walk is held here to its pointer.
 */
class AmountsTest {

  private static final WoonzorgValidator VALIDATOR =
      WoonzorgValidator.builder().maxFindingsPerRule(Integer.MAX_VALUE).build();

  @Test
  void everyStatedAmountIsCheckedWhereItIsWritten() {
    Report report = VALIDATOR.validate(everyKindOfAmountWrong());

    assertEquals(List.of(
            "/agreements/0/target -110",
            "/agreements/0/yearSlices/1/value -20",
            "/analysis/figures/0/value -5",
            "/goals/0/breakdowns/0/parts/1/value -30",
            "/goals/0/breakdowns/1/parts/1/value -1",
            "/goals/0/criteria/0/value -4",
            "/goals/0/target -110",
            "/programme/activities/1/output -20",
            "/programme/activities/2/breakdowns/0/parts/1/value -40",
            "/programme/activities/3/breakdowns/0/parts/1/value -50"),
        found(report, "WZ-SMART-R-02"));
    assertEquals(List.of(
            "/agreements/1/yearSlices/0/value 120",
            "/analysis/findings/0/figure 230",
            "/goals/0/baseline 150",
            "/goals/0/breakdowns/1/parts/0/value 101",
            "/goals/0/criteria/1/value 120",
            "/programme/activities/3/breakdowns/0/parts/0/value 150"),
        found(report, "WZ-SMART-R-03"));
  }

  @Test
  void aGoalOrAgreementOnItsOwnIsCheckedFromItsOwnRoot() {
    HousingCareVision vision = everyKindOfAmountWrong();

    assertEquals(List.of("/breakdowns/0/parts/1/value -30", "/breakdowns/1/parts/1/value -1",
            "/criteria/0/value -4", "/target -110"),
        found(VALIDATOR.validate(vision.getGoals().get(0)), "WZ-SMART-R-02"));
    assertEquals(List.of("/yearSlices/0/value 120"),
        found(VALIDATOR.validate(vision.getAgreements().get(1)), "WZ-SMART-R-03"));
  }

  /** The locations and values of the findings of rule {@code ruleId}, in document order. */
  private static List<String> found(Report report, String ruleId) {
    List<String> found = new ArrayList<>();
    for (Finding finding : report.getFindings()) {
      if (finding.getRuleId().equals(ruleId)) {
        found.add(finding.getLocation() + " " + finding.getValue().orElse(""));
      }
    }
    return found;
  }

  /**
   * Gemeente A with a negative amount or a percentage over 100 at every kind of place: in a
   * goal's target, baseline, criteria and breakdown parts (in the target's unit and in the
   * breakdown's own), an agreement's target and yearly slices (one without a value), the
   * analysis's figures and findings, and the programme's outputs and breakdown parts.
   */
  private static HousingCareVision everyKindOfAmountWrong() {
    Goal goal = Goal.builder().from(GemeenteA.clusteredHousingGoal())
        .target(Quantity.of(-110, Unit.WONINGEN))
        .baseline(Quantity.of(150, Unit.PROCENT))
        .criteria(List.of(
            Criterion.of(CriterionKind.AANTAL_LOCATIES, Quantity.of(-4, Unit.LOCATIES)),
            Criterion.of(CriterionKind.MAXIMALE_AFSTAND_TOT_VOORZIENING,
                Quantity.of(120, Unit.PROCENT))))
        .breakdowns(List.of(
            Breakdown.of(BreakdownDimension.BOUWWIJZE, BreakdownPart.of("nieuwbouw", 80),
                BreakdownPart.of("bestaande bouw", -30)),
            Breakdown.builder().dimension(BreakdownDimension.HUURSEGMENT).unit(Unit.PROCENT)
                .addParts(BreakdownPart.of("sociale huur", 101), BreakdownPart.of("rest", -1))
                .build()))
        .build();
    List<PerformanceAgreement> agreements = List.of(
        PerformanceAgreement.builder().from(GemeenteA.clusteredHousingAgreement())
            .target(Quantity.of(-110, Unit.WONINGEN))
            .yearSlices(List.of(YearSlice.builder().year(2022).build(), YearSlice.of(2023, -20),
                YearSlice.of(2024, 10)))
            .build(),
        PerformanceAgreement.builder().from(GemeenteA.monitoringAgreement())
            .target(Quantity.of(50, Unit.PROCENT))
            .yearSlices(List.of(YearSlice.of(2022, 120)))
            .build());
    Analysis analysis = Analysis.builder().from(GemeenteA.analysis())
        .addFigures(SupplyDemandFigure.builder().id("figuur-1").kind(FigureKind.AANBOD)
            .year(2022).value(Quantity.of(-5, Unit.WONINGEN)).build())
        .findings(List.of(AnalysisFinding.builder().from(GemeenteA.analysis().getFindings().get(0))
            .figure(Quantity.of(230, Unit.PROCENT)).build()))
        .build();
    ImplementationProgramme programme = GemeenteA.programme();
    List<Activity> activities = new ArrayList<>(programme.getActivities());
    activities.set(1, Activity.builder().from(activities.get(1))
        .output(Quantity.of(-20, Unit.WONINGEN)).build());
    activities.set(2, Activity.builder().from(activities.get(2))
        .breakdowns(List.of(Breakdown.of(BreakdownDimension.LOCATIE,
            BreakdownPart.of("locatie x", 40), BreakdownPart.of("tweede locatie", -40))))
        .build());
    activities.set(3, Activity.builder().from(activities.get(3))
        .breakdowns(List.of(Breakdown.builder().dimension(BreakdownDimension.HUURSEGMENT)
            .unit(Unit.PROCENT)
            .addParts(BreakdownPart.of("sociale huur", 150), BreakdownPart.of("middenhuur", -50))
            .build()))
        .build());
    return Fixtures.vision(v -> v.goals(List.of(goal)).agreements(agreements).analysis(analysis)
        .programme(ImplementationProgramme.builder().from(programme).activities(activities)
            .build()));
  }
}
