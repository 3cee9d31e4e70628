package nl.woonzorg.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import nl.woonzorg.model.HousingCareVision;
import nl.woonzorg.model.area.Area;
import nl.woonzorg.model.area.AreaType;
import nl.woonzorg.model.goal.Breakdown;
import nl.woonzorg.model.goal.BreakdownDimension;
import nl.woonzorg.model.goal.BreakdownPart;
import nl.woonzorg.model.goal.Goal;
import nl.woonzorg.model.quantity.Quantity;
import nl.woonzorg.model.quantity.Unit;
import nl.woonzorg.model.report.Verdict;
import nl.woonzorg.validation.WoonzorgValidator;
import nl.woonzorg.validation.rule.Profile;
import org.junit.jupiter.api.Test;

/** Worked example 4: Bernheze's meeting room for older people in every kern. */
class BernhezeTest {

  private final HousingCareVision vision = Bernheze.vision();

  @Test
  void bernhezeHasFiveKernen() {
    assertEquals(List.of("Heesch", "Heeswijk-Dinther", "Loosbroek", "Nistelrode", "Vorstenbosch"),
        vision.getAreas().stream().map(Area::getName).toList());
    vision.getAreas().forEach(area -> {
      assertEquals(AreaType.KERN, area.getType());
      assertEquals(Bernheze.BERNHEZE, area.getParentId().orElseThrow());
    });
  }

  @Test
  void theGoalIsOneMeetingRoomInEachKernFiveInAll() {
    Goal goal = vision.findGoal(Bernheze.GOAL).orElseThrow();
    Breakdown perKern = goal.getBreakdowns().get(0);

    assertEquals(Quantity.of(5, Unit.ONTMOETINGSRUIMTEN), goal.getTarget().orElseThrow());
    assertEquals(BreakdownDimension.GEBIED, perKern.getDimension());
    assertEquals(Bernheze.kernIds(), perKern.getParts().stream()
        .map(part -> part.getAreaId().orElseThrow()).toList());
    assertEquals(List.of(BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE,
        BigDecimal.ONE), perKern.getParts().stream().map(BreakdownPart::getValue).toList());
    assertEquals(BigDecimal.valueOf(5), perKern.total());
    assertEquals(2021, goal.getDeadline().orElseThrow().deadlineYear());
  }

  @Test
  void itIsConformAsAConcept() {
    assertEquals(Verdict.CONFORM,
        WoonzorgValidator.builder().profile(Profile.CONCEPT).build().validate(vision).verdict());
  }

  @Test
  void theSummarySaysSo() {
    assertEquals(List.of(
            "Woonvisie Bernheze 2016-2021: onbezorgd wonen (Bernheze)",
            "kernen: Heesch, Heeswijk-Dinther, Loosbroek, Nistelrode, Vorstenbosch",
            "doel: 5 ontmoetingsruimten in 2021, 1 Heesch + 1 Heeswijk-Dinther + 1 Loosbroek"
                + " + 1 Nistelrode + 1 Vorstenbosch",
            "oordeel: conform (0 fouten, 0 waarschuwingen, 11 informatiemeldingen)"),
        Bernheze.summary());
  }
}
