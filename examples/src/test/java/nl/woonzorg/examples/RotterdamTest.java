package nl.woonzorg.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import nl.woonzorg.model.HousingCareVision;
import nl.woonzorg.model.dwelling.DwellingType;
import nl.woonzorg.model.goal.Goal;
import nl.woonzorg.model.quantity.Quantity;
import nl.woonzorg.model.quantity.Unit;
import nl.woonzorg.model.report.Verdict;
import nl.woonzorg.validation.WoonzorgValidator;
import nl.woonzorg.validation.rule.Profile;
import org.junit.jupiter.api.Test;

/** Worked example 3: Rotterdam's 8,400 homes designated for living with care by 2030. */
class RotterdamTest {

  private final HousingCareVision vision = Rotterdam.vision();

  @Test
  void theGoalIs8400HomesForLivingWithCareBy2030() {
    Goal goal = vision.findGoal(Rotterdam.GOAL).orElseThrow();

    assertEquals(Quantity.of(8_400, Unit.WONINGEN), goal.getTarget().orElseThrow());
    assertEquals(2030, goal.getDeadline().orElseThrow().deadlineYear());
    assertEquals(Set.of(DwellingType.WONEN_MET_ZORG),
        goal.getScope().getDwellingTypes());
    assertEquals("GM0599", vision.getArea().getCode().orElseThrow());
  }

  @Test
  void theAnalysisFindsOneInFiveOver65() {
    assertEquals(Quantity.of(20, Unit.PROCENT),
        vision.getAnalysis().orElseThrow().getFindings().get(0).getFigure().orElseThrow());
  }

  @Test
  void itIsConformAsAConcept() {
    assertEquals(Verdict.CONFORM,
        WoonzorgValidator.builder().profile(Profile.CONCEPT).build().validate(vision).verdict());
  }

  @Test
  void theSummarySaysSo() {
    assertEquals(List.of(
            "Ouder en Wijzer: uitvoeringsprogramma Rotterdam (Rotterdam)",
            "analyse: 20 procent 65-plussers over vijftien jaar",
            "doel: 8400 woningen in 2030 (8.400 woningen bestemd voor wonen met zorg in 2030)",
            "oordeel: conform (0 fouten, 0 waarschuwingen, 11 informatiemeldingen)"),
        Rotterdam.summary());
  }
}
