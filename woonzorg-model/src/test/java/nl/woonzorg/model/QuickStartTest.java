package nl.woonzorg.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import nl.woonzorg.model.area.Area;
import nl.woonzorg.model.area.AreaType;
import nl.woonzorg.model.dwelling.DwellingType;
import nl.woonzorg.model.fixture.ReadmeSnippet;
import nl.woonzorg.model.goal.Breakdown;
import nl.woonzorg.model.goal.BreakdownDimension;
import nl.woonzorg.model.goal.BreakdownPart;
import nl.woonzorg.model.goal.Goal;
import nl.woonzorg.model.goal.Scope;
import nl.woonzorg.model.party.Party;
import nl.woonzorg.model.party.PartyType;
import nl.woonzorg.model.quantity.Quantity;
import nl.woonzorg.model.quantity.Unit;
import nl.woonzorg.model.targetgroup.TargetGroup;
import nl.woonzorg.model.time.Deadline;
import nl.woonzorg.model.time.YearPeriod;
import org.junit.jupiter.api.Test;

/** The README's quick start, run as a test; a second test keeps the README's copy identical. */
class QuickStartTest {

  private static final Path THIS_FILE =
      Path.of("src", "test", "java", "nl", "woonzorg", "model", "QuickStartTest.java");

  @Test
  void quickStartBuildsASmallVisionWithASmartGoal() {
    // tag::quickstart[]
    HousingCareVision vision = HousingCareVision.builder()
        .id("wzv-gemeente-a").title("Woonzorgvisie gemeente A")
        .area(Area.of("gemeente-a", AreaType.GEMEENTE, "Gemeente A"))
        .period(YearPeriod.of(2021, 2025))
        .addParties(Party.of("gemeente", "Gemeente A", PartyType.GEMEENTE))
        .addGoals(Goal.builder()
            .id("geclusterd").title("110 nieuwe geclusterde wooneenheden")
            .target(Quantity.of(110, Unit.WONINGEN)).deadline(Deadline.ofYear(2025))
            .scope(Scope.builder().addTargetGroups(TargetGroup.OUDEREN_65_PLUS)
                .addDwellingTypes(DwellingType.GECLUSTERDE_WOONVORM).build())
            .addOwnerPartyIds("gemeente")
            .addBreakdowns(Breakdown.of(BreakdownDimension.BOUWWIJZE,
                BreakdownPart.of("nieuwbouw", 80), BreakdownPart.of("bestaande bouw", 30)))
            .build())
        .build();
    // end::quickstart[]

    Goal goal = vision.findGoal("geclusterd").orElseThrow();
    assertEquals(BigDecimal.valueOf(110), goal.getBreakdowns().get(0).total());
    assertEquals(goal.getTarget().orElseThrow().getValue(), goal.getBreakdowns().get(0).total());
  }

  @Test
  void readmeShowsExactlyThisQuickStart() throws IOException {
    ReadmeSnippet.assertReadmeShows(THIS_FILE, "quickstart");
  }
}
