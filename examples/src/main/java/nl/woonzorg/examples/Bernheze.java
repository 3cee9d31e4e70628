package nl.woonzorg.examples;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import nl.woonzorg.model.HousingCareVision;
import nl.woonzorg.model.area.Area;
import nl.woonzorg.model.area.AreaType;
import nl.woonzorg.model.goal.Ambition;
import nl.woonzorg.model.goal.Breakdown;
import nl.woonzorg.model.goal.BreakdownDimension;
import nl.woonzorg.model.goal.BreakdownPart;
import nl.woonzorg.model.goal.Criterion;
import nl.woonzorg.model.goal.CriterionKind;
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
 * Worked example 4: Bernheze's woonvisie 2016–2021 (seed "Inspirerende voorbeelden"), speerpunt
 * <i>Onbezorgd wonen</i>: "Als gemeente zien we erop toe dat er in elke kern tenminste één
 * ontmoetingsruimte aanwezig is voor ouderen en andere zorgbehoevenden, passend bij de schaal van
 * het dorp en daarbij zoveel mogelijk aansluitend bij de bestaande voorzieningen."
 *
 * <p>"In every kern" becomes a goal of one meeting room per kern, broken down by area, so that a
 * kern without one shows. The seed does not name the kernen; these five are the municipality's
 * own. Its period is the woonvisie's; the deadline at its end and the ids are illustrative. Bundled
 * as {@code examples/data/bernheze.json}.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class Bernheze {

  /** Bernheze's CBS code, the id of both the area and the municipality as party. */
  public static final String BERNHEZE = "GM1721";
  /** The id of the goal of a meeting room in every kern. */
  public static final String GOAL = "doel-ontmoetingsruimte-elke-kern";

  /** The kernen of Bernheze: id to name, in alphabetical order. */
  private static final Map<String, String> KERNEN = Map.of(
      "kern-heesch", "Heesch",
      "kern-heeswijk-dinther", "Heeswijk-Dinther",
      "kern-loosbroek", "Loosbroek",
      "kern-nistelrode", "Nistelrode",
      "kern-vorstenbosch", "Vorstenbosch");

  private Bernheze() {}

  /** The woonvisie with its five kernen and the goal of a meeting room in each. */
  public static HousingCareVision vision() {
    HousingCareVision.Builder vision = HousingCareVision.builder()
        .id("woonvisie-bernheze-2016-2021")
        .title("Woonvisie Bernheze 2016-2021: onbezorgd wonen")
        .area(Area.municipality(BERNHEZE, "Bernheze"))
        .period(YearPeriod.of(2016, 2021))
        .addParties(Party.of(BERNHEZE, "Gemeente Bernheze", PartyType.GEMEENTE))
        .addAmbitions(Ambition.of("speerpunt-onbezorgd-wonen",
            "Onbezorgd wonen: ouderen en andere zorgbehoevenden kunnen in hun eigen kern blijven"
                + " wonen."));
    Breakdown.Builder perKern = Breakdown.builder().dimension(BreakdownDimension.GEBIED);
    kernIds().forEach(id -> {
      vision.addAreas(Area.builder().id(id).type(AreaType.KERN).name(KERNEN.get(id))
          .parentId(BERNHEZE).build());
      perKern.addParts(BreakdownPart.builder().label(KERNEN.get(id)).value(BigDecimal.ONE)
          .areaId(id).build());
    });
    return vision
        .addGoals(Goal.builder()
            .id(GOAL)
            .title("In elke kern tenminste één ontmoetingsruimte voor ouderen en andere"
                + " zorgbehoevenden")
            .ambitionId("speerpunt-onbezorgd-wonen")
            .indicator("aantal kernen met een ontmoetingsruimte voor ouderen")
            .target(Quantity.of(KERNEN.size(), Unit.ONTMOETINGSRUIMTEN))
            .deadline(Deadline.ofYear(2021))
            .scope(Scope.builder()
                .addTargetGroups(TargetGroup.OUDEREN)
                .addAreaIds(kernIds().toArray(String[]::new))
                .build())
            .addOwnerPartyIds(BERNHEZE)
            .addBreakdowns(perKern.build())
            .addCriteria(Criterion.builder()
                .kind(CriterionKind.OVERIG)
                .description("passend bij de schaal van het dorp en zoveel mogelijk aansluitend"
                    + " bij de bestaande voorzieningen")
                .build())
            .build())
        .build();
  }

  /** The ids of the kernen, in alphabetical order. */
  public static List<String> kernIds() {
    return KERNEN.keySet().stream().sorted().toList();
  }

  /** A few lines on the example: the kernen, the goal and the verdict in profile CONCEPT. */
  public static List<String> summary() {
    HousingCareVision vision = vision();
    Goal goal = vision.findGoal(GOAL).orElseThrow();
    return List.of(
        vision.getTitle() + " (" + vision.getArea().getName() + ")",
        "kernen: " + String.join(", ", kernIds().stream().map(KERNEN::get).toList()),
        "doel: " + goal.getTarget().orElseThrow() + " in "
            + goal.getDeadline().orElseThrow().deadlineYear() + ", "
            + Examples.parts(goal.getBreakdowns().get(0)),
        Examples.verdictLine(WoonzorgValidator.builder().profile(Profile.CONCEPT).build()
            .validate(vision)));
  }

  /** Prints {@link #summary()}. */
  public static void main(String[] args) {
    summary().forEach(System.out::println);
  }
}
