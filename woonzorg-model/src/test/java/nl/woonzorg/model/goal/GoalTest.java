package nl.woonzorg.model.goal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.woonzorg.model.dwelling.DwellingType;
import nl.woonzorg.model.quantity.Quantity;
import nl.woonzorg.model.quantity.Unit;
import nl.woonzorg.model.targetgroup.TargetGroup;
import nl.woonzorg.model.time.Deadline;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

/**
 * The Gemeente A example of the Taskforce Wonen en Zorg's guide, as a goal: "In 2025 zijn er op
 * 4 locaties in totaal 110 nieuwe geclusterde wooneenheden ontwikkeld, waarvan 80 in nieuwbouw en
 * 30 in bestaande bouw", for seniors, "binnen een straal van 500 meter rondom
 * (zorg)voorzieningen".
 */
class GoalTest {

  private static final Validator VALIDATOR = Validation.byDefaultProvider().configure()
      .messageInterpolator(new ParameterMessageInterpolator())
      .buildValidatorFactory().getValidator();

  static Breakdown gemeenteAByConstructionMode() {
    return Breakdown.of(BreakdownDimension.BOUWWIJZE,
        BreakdownPart.builder().label("nieuwbouw").value(BigDecimal.valueOf(80))
            .constructionMode(ConstructionMode.NIEUWBOUW).build(),
        BreakdownPart.builder().label("bestaande bouw").value(BigDecimal.valueOf(30))
            .constructionMode(ConstructionMode.BESTAANDE_BOUW).build());
  }

  static Goal gemeenteA() {
    return Goal.builder()
        .id("doel-geclusterd")
        .title("Geclusterde woonvormen voor senioren")
        .description("In 2025 zijn er op 4 locaties in totaal 110 nieuwe geclusterde"
            + " wooneenheden ontwikkeld, waarvan 80 in nieuwbouw en 30 in bestaande bouw.")
        .ambitionId("ambitie-geclusterd")
        .indicator("aantal ontwikkelde geclusterde wooneenheden")
        .target(Quantity.of(110, Unit.WONINGEN))
        .deadline(Deadline.ofYear(2025))
        .scope(Scope.builder()
            .addTargetGroup(TargetGroup.OUDEREN_65_PLUS)
            .addDwellingType(DwellingType.GECLUSTERDE_WOONVORM)
            .addAreaId("gemeente-a")
            .build())
        .addOwnerPartyId("gemeente-a")
        .addBreakdown(gemeenteAByConstructionMode())
        .addCriterion(Criterion.of(
            CriterionKind.MAXIMALE_AFSTAND_TOT_VOORZIENING, Quantity.of(500, Unit.METER)))
        .addCriterion(Criterion.of(CriterionKind.AANTAL_LOCATIES, Quantity.of(4, Unit.LOCATIES)))
        .build();
  }

  private static Set<String> violationPaths(Object bean) {
    return VALIDATOR.validate(bean).stream()
        .map(ConstraintViolation::getPropertyPath)
        .map(Object::toString)
        .collect(Collectors.toSet());
  }

  @Test
  void gemeenteAGoalHoldsTheExampleExactly() {
    Goal goal = gemeenteA();

    assertEquals(Optional.of(Quantity.of(110, Unit.WONINGEN)), goal.getTarget());
    assertEquals(LocalDate.of(2025, 12, 31), goal.getDeadline().orElseThrow().lastDay());
    assertEquals(Set.of(TargetGroup.OUDEREN_65_PLUS), goal.getScope().getTargetGroups());
    assertEquals(Set.of(DwellingType.GECLUSTERDE_WOONVORM), goal.getScope().getDwellingTypes());
    assertEquals(List.of("gemeente-a"), goal.getOwnerPartyIds());

    Breakdown byMode = goal.getBreakdowns().get(0);
    assertEquals(BreakdownDimension.BOUWWIJZE, byMode.getDimension());
    assertEquals(new BigDecimal("110"), byMode.total());
    assertEquals(goal.getTarget().orElseThrow().getValue(), byMode.total());
    assertEquals(List.of("nieuwbouw", "bestaande bouw"),
        byMode.getParts().stream().map(BreakdownPart::getLabel).toList());
    assertEquals(Optional.of(ConstructionMode.NIEUWBOUW),
        byMode.getParts().get(0).getConstructionMode());

    assertEquals(List.of(
            Criterion.of(CriterionKind.MAXIMALE_AFSTAND_TOT_VOORZIENING,
                Quantity.of(500, Unit.METER)),
            Criterion.of(CriterionKind.AANTAL_LOCATIES, Quantity.of(4, Unit.LOCATIES))),
        goal.getCriteria());
    assertEquals("500 meter", goal.getCriteria().get(0).getValue().orElseThrow().toString());

    assertEquals(Set.of(), violationPaths(goal));
  }

  @Test
  void draftGoalNeedsOnlyIdAndTitleAndHasAnEmptyScope() {
    Goal draft = Goal.builder().id("doel-1").title("Meer nultredenwoningen").build();

    assertTrue(draft.getScope().empty());
    assertEquals(Scope.builder().build(), draft.getScope());
    assertEquals(Optional.empty(), draft.getTarget());
    assertEquals(Optional.empty(), draft.getDeadline());
    assertEquals(List.of(), draft.getBreakdowns());
    assertEquals(List.of(), draft.getCriteria());
    assertEquals(Set.of(), violationPaths(draft));
  }

  @Test
  void missingIdOrTitleCannotBeBuilt() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> Goal.builder().id("doel-1").build());
    assertTrue(e.getMessage().contains("[title]"), e.getMessage());
  }

  @Test
  void scopeIsEmptyOnlyWithoutTargetGroupsDwellingTypesAndAreas() {
    assertTrue(Scope.builder().build().empty());
    assertFalse(Scope.builder().addTargetGroup(TargetGroup.OUDEREN_65_PLUS).build().empty());
    assertFalse(Scope.builder().addDwellingType(DwellingType.GEMENGD_WONEN).build().empty());
    assertFalse(Scope.builder().addAreaId("wijk-y").build().empty());
  }

  @Test
  void equalContentMakesEqualGoals() {
    assertEquals(gemeenteA(), gemeenteA());
    assertEquals(gemeenteA().hashCode(), gemeenteA().hashCode());
    assertEquals(gemeenteA(), Goal.builder().from(gemeenteA()).build());
    assertNotEquals(gemeenteA(),
        Goal.builder().from(gemeenteA()).deadline(Deadline.ofYear(2026)).build());
  }

  @Test
  void addAllAddersAppendInOrder() {
    Goal goal = Goal.builder().id("doel-1").title("t")
        .addOwnerPartyId("gemeente-a")
        .addAllOwnerPartyIds(List.of("woningcorporatie-x", "zorgaanbieder-z"))
        .addAllCriteria(List.of(Criterion.builder().kind(CriterionKind.TOEGANKELIJKHEID)
            .description("rollatorproof").build()))
        .addAllBreakdowns(List.of(Breakdown.builder().dimension(BreakdownDimension.JAAR).build()))
        .build();

    assertEquals(List.of("gemeente-a", "woningcorporatie-x", "zorgaanbieder-z"),
        goal.getOwnerPartyIds());
    assertEquals(Optional.of("rollatorproof"), goal.getCriteria().get(0).getDescription());
    assertEquals(Optional.empty(), goal.getCriteria().get(0).getValue());
    assertEquals(BreakdownDimension.JAAR, goal.getBreakdowns().get(0).getDimension());
  }

  @Test
  void validatorReportsEveryBrokenFieldWithItsPath() {
    Goal broken = Goal.builder()
        .id(" ")
        .title("")
        .scope(Scope.builder().addAreaId("").build())
        .addOwnerPartyId("gemeente-a")
        .addOwnerPartyId(" ")
        .addBreakdown(Breakdown.of(BreakdownDimension.LOCATIE,
            BreakdownPart.of("locatie 1", 60),
            BreakdownPart.builder().label(" ").value(BigDecimal.TEN).build()))
        .build();

    assertEquals(Set.of(
            "id",
            "title",
            "scope.areaIds[].<iterable element>",
            "ownerPartyIds[1].<list element>",
            "breakdowns[0].parts[1].label"),
        violationPaths(broken));
  }

  @Test
  void ambitionHasIdAndStatementAndOptionalHorizonAndTheme() {
    Ambition ambition = Ambition.builder()
        .from(Ambition.of("ambitie-geclusterd",
            "Er moeten meer geclusterde woonvormen komen voor senioren."))
        .horizonYear(2030)
        .build();

    assertEquals("ambitie-geclusterd", ambition.getId());
    assertEquals(Optional.of(2030), ambition.getHorizonYear());
    assertEquals(Optional.empty(), ambition.getThemeId());
    assertEquals(Set.of(), violationPaths(ambition));
    assertEquals(Set.of("id", "statement"),
        violationPaths(Ambition.builder().id("").statement(" ").build()));
  }
}
