package nl.woonzorg.examples;

import java.util.List;
import nl.woonzorg.model.HousingCareVision;
import nl.woonzorg.model.analysis.Analysis;
import nl.woonzorg.model.analysis.AnalysisFinding;
import nl.woonzorg.model.area.Area;
import nl.woonzorg.model.dwelling.DwellingType;
import nl.woonzorg.model.goal.Ambition;
import nl.woonzorg.model.goal.Goal;
import nl.woonzorg.model.goal.Scope;
import nl.woonzorg.model.party.Party;
import nl.woonzorg.model.party.PartyType;
import nl.woonzorg.model.quantity.Quantity;
import nl.woonzorg.model.quantity.Unit;
import nl.woonzorg.model.targetgroup.TargetGroup;
import nl.woonzorg.model.time.Deadline;
import nl.woonzorg.model.time.YearPeriod;
import nl.woonzorg.validation.WoonzorgValidator;
import nl.woonzorg.validation.rule.Profile;
import org.apiguardian.api.API;

/**
 * Worked example 3: Rotterdam's implementation programme <i>Ouder en Wijzer</i> (seed "Inspirerende
 * voorbeelden"): "in 2030 8.400 woningen bestemd hebben voor wonen met zorg", with the analysis
 * behind it — "over vijftien jaar is één op de vijf Rotterdammers ouder dan 65". Both figures are
 * the seed's.
 *
 * <p>"Bestemd voor wonen met zorg" is recorded as {@link DwellingType#WONEN_MET_ZORG}, the
 * umbrella over the care dwelling types, as the seed says it. The period 2019–2030,
 * which ends in the goal's year, and the ids are illustrative. Bundled as {@code
 * examples/data/rotterdam.json}.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class Rotterdam {

  /** Rotterdam's CBS code, the id of both the area and the municipality as party. */
  public static final String ROTTERDAM = "GM0599";
  /** The id of the goal of 8,400 homes. */
  public static final String GOAL = "doel-wonen-met-zorg-8400";

  private Rotterdam() {}

  /** The vision with its analysis finding, its ambition and the goal of 8,400 homes. */
  public static HousingCareVision vision() {
    return HousingCareVision.builder()
        .id("ouder-en-wijzer-rotterdam")
        .title("Ouder en Wijzer: uitvoeringsprogramma Rotterdam")
        .area(Area.municipality(ROTTERDAM, "Rotterdam"))
        .period(YearPeriod.of(2019, 2030))
        .addParties(Party.of(ROTTERDAM, "Gemeente Rotterdam", PartyType.GEMEENTE))
        .analysis(Analysis.builder()
            .addFindings(AnalysisFinding.builder()
                .id("bevinding-een-op-vijf-65plus")
                .statement("Over vijftien jaar is één op de vijf Rotterdammers ouder dan 65.")
                .figure(Quantity.of(20, Unit.PROCENT))
                .addTargetGroups(TargetGroup.OUDEREN_65_PLUS)
                .addAreaIds(ROTTERDAM)
                .build())
            .build())
        .addAmbitions(Ambition.of("ambitie-vitaal-oud",
            "Rotterdam is een goede plek waar je samen met anderen op een gezonde manier vitaal"
                + " oud kan worden."))
        .addGoals(Goal.builder()
            .id(GOAL)
            .title("8.400 woningen bestemd voor wonen met zorg in 2030")
            .ambitionId("ambitie-vitaal-oud")
            .indicator("aantal woningen bestemd voor wonen met zorg")
            .target(Quantity.of(8_400, Unit.WONINGEN))
            .deadline(Deadline.ofYear(2030))
            .scope(Scope.builder()
                .addTargetGroups(TargetGroup.OUDEREN)
                .addDwellingTypes(DwellingType.WONEN_MET_ZORG)
                .addAreaIds(ROTTERDAM)
                .build())
            .addOwnerPartyIds(ROTTERDAM)
            .build())
        .build();
  }

  /** A few lines on the example: the finding, the goal and the verdict in profile CONCEPT. */
  public static List<String> summary() {
    HousingCareVision vision = vision();
    Goal goal = vision.findGoal(GOAL).orElseThrow();
    AnalysisFinding finding = vision.getAnalysis().orElseThrow().getFindings().get(0);
    return List.of(
        vision.getTitle() + " (" + vision.getArea().getName() + ")",
        "analyse: " + finding.getFigure().orElseThrow() + " 65-plussers over vijftien jaar",
        "doel: " + goal.getTarget().orElseThrow() + " in "
            + goal.getDeadline().orElseThrow().deadlineYear() + " (" + goal.getTitle() + ")",
        Examples.verdictLine(WoonzorgValidator.builder().profile(Profile.CONCEPT).build()
            .validate(vision)));
  }

  /** Prints {@link #summary()}. */
  public static void main(String[] args) {
    summary().forEach(System.out::println);
  }
}
