package nl.woonzorg.examples;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import nl.woonzorg.model.HousingCareVision;
import nl.woonzorg.model.area.Area;
import nl.woonzorg.model.area.AreaType;
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
 * Worked example 2: the national programme <i>Wonen en zorg voor ouderen</i> as goals of a
 * national-level vision — 290,000 homes for older people by 2030, of which 170,000
 * nultredenwoningen, 80,000 geclusterde woningen and 40,000 zorggeschikte woningen. The figures
 * are the programme's targets as issue 5 states them; the seeds give the earlier administrative
 * agreements instead (60,000 extra homes and 25,000 nursing-care places in five years).
 *
 * <p>The total is an ambition and each category a goal of its own, so that each can get its own
 * owner, indicator and monitoring. The period 2022–2030 and the ids are illustrative. Bundled as
 * {@code examples/data/national-programme.json}.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class NationalProgramme {

  /** The id of the country, the vision's area. */
  public static final String NEDERLAND = "nederland";
  /** The id of the national government, owner of every goal. */
  public static final String RIJK = "rijk";
  /** The id of the ambition of 290,000 homes. */
  public static final String AMBITION = "ambitie-290000-woningen-ouderen-2030";

  private NationalProgramme() {}

  /** The national vision with its ambition and the three category goals. */
  public static HousingCareVision vision() {
    return HousingCareVision.builder()
        .id("programma-wonen-en-zorg-voor-ouderen")
        .title("Programma Wonen en zorg voor ouderen")
        .area(Area.of(NEDERLAND, AreaType.LAND, "Nederland"))
        .period(YearPeriod.of(2022, 2030))
        .addParties(Party.of(RIJK, "Rijksoverheid (ministeries van BZK en VWS)", PartyType.RIJK))
        .addAmbitions(Ambition.builder()
            .id(AMBITION)
            .statement("In 2030 zijn er 290.000 woningen voor ouderen bij.")
            .horizonYear(2030)
            .build())
        .addGoals(
            goal("doel-nultredenwoningen-2030", "170.000 nultredenwoningen", 170_000,
                DwellingType.NULTREDENWONING),
            goal("doel-geclusterde-woningen-2030", "80.000 geclusterde woningen", 80_000,
                DwellingType.GECLUSTERDE_WOONVORM),
            goal("doel-zorggeschikte-woningen-2030", "40.000 zorggeschikte woningen", 40_000,
                DwellingType.ZORGGESCHIKTE_WONING))
        .build();
  }

  private static Goal goal(String id, String title, long homes, DwellingType type) {
    return Goal.builder()
        .id(id)
        .title(title + " voor ouderen erbij in 2030")
        .ambitionId(AMBITION)
        .indicator("aantal " + type.getLabelNl() + " voor ouderen opgeleverd sinds 2022")
        .target(Quantity.of(homes, Unit.WONINGEN))
        .deadline(Deadline.ofYear(2030))
        .scope(Scope.builder()
            .addTargetGroups(TargetGroup.OUDEREN)
            .addDwellingTypes(type)
            .addAreaIds(NEDERLAND)
            .build())
        .addOwnerPartyIds(RIJK)
        .build();
  }

  /** The sum of the goals' targets: 290,000 homes. */
  public static BigDecimal totalTarget(HousingCareVision vision) {
    return vision.getGoals().stream()
        .flatMap(goal -> goal.getTarget().stream())
        .map(Quantity::getValue)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /** A few lines on the example: each goal, the total and the verdict in profile CONCEPT. */
  public static List<String> summary() {
    HousingCareVision vision = vision();
    List<String> lines = new ArrayList<>();
    lines.add(vision.getTitle() + " (" + vision.getArea().getName() + ", "
        + vision.getPeriod().orElseThrow().getFromYear() + "–"
        + vision.getPeriod().orElseThrow().getToYear() + ")");
    vision.getGoals().forEach(goal -> lines.add("doel: " + goal.getTarget().orElseThrow() + " ("
        + goal.getScope().getDwellingTypes().iterator().next().getLabelNl() + ") in "
        + goal.getDeadline().orElseThrow().deadlineYear()));
    lines.add("samen: " + totalTarget(vision).toPlainString() + " woningen");
    lines.add(Examples.verdictLine(WoonzorgValidator.builder().profile(Profile.CONCEPT).build()
        .validate(vision)));
    return List.copyOf(lines);
  }

  /** Prints {@link #summary()}. */
  public static void main(String[] args) {
    summary().forEach(System.out::println);
  }
}
