package nl.woonzorg.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import nl.woonzorg.model.HousingCareVision;
import nl.woonzorg.model.area.AreaType;
import nl.woonzorg.model.dwelling.DwellingType;
import nl.woonzorg.model.dwelling.ProgrammeCategory;
import nl.woonzorg.model.goal.Goal;
import nl.woonzorg.model.report.Report;
import nl.woonzorg.model.report.Severity;
import nl.woonzorg.model.report.Verdict;
import nl.woonzorg.validation.WoonzorgValidator;
import nl.woonzorg.validation.rule.Profile;
import org.junit.jupiter.api.Test;

/** Worked example 2: the national programme's 290,000 homes for older people by 2030. */
class NationalProgrammeTest {

  private final HousingCareVision vision = NationalProgramme.vision();

  @Test
  void threeGoalsOf170000And80000And40000HomesBy2030() {
    assertEquals(List.of(170_000L, 80_000L, 40_000L), vision.getGoals().stream()
        .map(goal -> goal.getTarget().orElseThrow().getValue().longValueExact()).toList());
    assertEquals(List.of(2030, 2030, 2030), vision.getGoals().stream()
        .map(goal -> goal.getDeadline().orElseThrow().deadlineYear()).toList());
  }

  @Test
  void togetherThey290000Homes() {
    assertEquals(BigDecimal.valueOf(290_000), NationalProgramme.totalTarget(vision));
    assertEquals(Optional.of(2030), vision.getAmbitions().get(0).getHorizonYear());
  }

  @Test
  void eachGoalIsOneOfTheProgrammesThreeCategories() {
    assertEquals(List.of(ProgrammeCategory.NULTREDENWONING, ProgrammeCategory.GECLUSTERDE_WONING,
            ProgrammeCategory.ZORGGESCHIKTE_WONING),
        vision.getGoals().stream().map(NationalProgrammeTest::category).toList());
  }

  private static ProgrammeCategory category(Goal goal) {
    return goal.getScope().getDwellingTypes().stream()
        .map(DwellingType::getProgrammeCategory).flatMap(Optional::stream)
        .findFirst().orElseThrow();
  }

  @Test
  void itIsANationalVisionThatIsConform() {
    Report report = WoonzorgValidator.builder().profile(Profile.CONCEPT).build().validate(vision);

    assertEquals(AreaType.LAND, vision.getArea().getType());
    assertEquals(Verdict.CONFORM, report.verdict());
    assertEquals(11, report.count(Severity.INFO));
    assertEquals(report.getFindings().size(), report.findings("WZ-TOPIC-01").size());
  }

  @Test
  void theSummarySaysSo() {
    assertEquals(List.of(
            "Programma Wonen en zorg voor ouderen (Nederland, 2022–2030)",
            "doel: 170000 woningen (nultredenwoning) in 2030",
            "doel: 80000 woningen (geclusterde woonvorm) in 2030",
            "doel: 40000 woningen (zorggeschikte woning) in 2030",
            "samen: 290000 woningen",
            "oordeel: conform (0 fouten, 0 waarschuwingen, 11 informatiemeldingen)"),
        NationalProgramme.summary());
  }
}
