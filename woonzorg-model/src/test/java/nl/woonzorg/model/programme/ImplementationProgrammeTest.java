package nl.woonzorg.model.programme;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import nl.woonzorg.model.dwelling.DwellingType;
import nl.woonzorg.model.goal.Breakdown;
import nl.woonzorg.model.goal.BreakdownDimension;
import nl.woonzorg.model.goal.BreakdownPart;
import nl.woonzorg.model.goal.RentSegment;
import nl.woonzorg.model.quantity.Quantity;
import nl.woonzorg.model.quantity.Unit;
import nl.woonzorg.model.time.YearPeriod;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

/** The uitvoeringsprogramma of Gemeente A, the Taskforce's worked example of clustered housing. */
class ImplementationProgrammeTest {

  private static final Validator VALIDATOR = Validation.byDefaultProvider().configure()
      .messageInterpolator(new ParameterMessageInterpolator())
      .buildValidatorFactory().getValidator();

  private static final Activity WELZIJN = Activity.builder()
      .id("activiteitenaanbod")
      .title("Subsidie activiteitenaanbod in geclusterde woonvormen")
      .description("Gemeente subsidieert welzijnsorganisatie voor organiseren activiteitenaanbod"
          + " in geclusterde woonvormen met ontmoetingsruimten.")
      .responsiblePartyId("gemeente-a")
      .addInvolvedPartyId("welzijnsorganisatie")
      // The seed names the financier but no amount.
      .budget(Budget.builder().financierPartyId("gemeente-a").note("subsidie").build())
      .build();

  private static final Activity CORPORATIE_X = Activity.builder()
      .id("corporatie-x-wijk-y")
      .title("Geclusterde eenheid van 20 woningen met een ontmoetingsruimte")
      .description("Woningcorporatie x ontwikkelt in 2022 in wijk y in de bestaande bouw een"
          + " geclusterde eenheid van 20 woningen met een ontmoetingsruimte.")
      .responsiblePartyId("corporatie-x")
      .planning(YearPeriod.of(2022, 2022))
      .output(Quantity.of(20, Unit.WONINGEN))
      .dwellingType(DwellingType.GECLUSTERDE_WOONVORM)
      .areaId("wijk-y")
      .addGoalId("geclusterd-110")
      .build();

  private static final Activity CORPORATIE_Y = Activity.builder()
      .id("corporatie-y-twee-eenheden")
      .title("Twee geclusterde eenheden van 40 woningen")
      .description("Woningcorporatie y organiseert in de bestaande bouw twee geclusterde eenheden"
          + " van 40 woningen met een ontmoetingsruimte,\nwaarvan de locatie x geschikt is voor"
          + " het leveren van intensieve zorg via VPT.")
      .responsiblePartyId("corporatie-y")
      .output(Quantity.of(80, Unit.WONINGEN))
      .dwellingType(DwellingType.GECLUSTERDE_WOONVORM)
      .addBreakdown(Breakdown.builder().dimension(BreakdownDimension.LOCATIE)
          .addPart(BreakdownPart.builder().label("locatie x, geschikt voor intensieve zorg via VPT")
              .value(BigDecimal.valueOf(40)).dwellingType(DwellingType.ZORGGESCHIKTE_WONING)
              .build())
          .addPart(BreakdownPart.of("locatie y", BigDecimal.valueOf(40)))
          .build())
      .addGoalId("geclusterd-110")
      .build();

  private static final Activity MARKTPARTIJ = Activity.builder()
      .id("marktpartij-nieuwbouw")
      .title("Nieuwbouw van 50 geclusterde woningen met een ontmoetingsruimte")
      .responsiblePartyId("marktpartij")
      .output(Quantity.of(50, Unit.WONINGEN))
      .dwellingType(DwellingType.GECLUSTERDE_WOONVORM)
      .areaId("locatie-y")
      .addBreakdown(Breakdown.builder().dimension(BreakdownDimension.HUURSEGMENT)
          .addPart(BreakdownPart.builder().label("sociale huur").value(BigDecimal.valueOf(25))
              .rentSegment(RentSegment.SOCIALE_HUUR).build())
          .addPart(BreakdownPart.builder().label("middenhuur").value(BigDecimal.valueOf(25))
              .rentSegment(RentSegment.MIDDENHUUR).build())
          .build())
      .addGoalId("geclusterd-110")
      .build();

  private static final ImplementationProgramme PROGRAMME = ImplementationProgramme.builder()
      .period(YearPeriod.of(2022, 2025))
      .addActivities(WELZIJN, CORPORATIE_X, CORPORATIE_Y, MARKTPARTIJ)
      .build();

  @Test
  void corporationXBuilds20ClusteredHomesInDistrictYIn2022() {
    Activity x = PROGRAMME.findActivity("corporatie-x-wijk-y").orElseThrow();

    assertEquals(Optional.of("corporatie-x"), x.getResponsiblePartyId());
    assertEquals(Optional.of(Quantity.of(20, Unit.WONINGEN)), x.getOutput());
    assertEquals(Optional.of(DwellingType.GECLUSTERDE_WOONVORM), x.getDwellingType());
    assertEquals(Optional.of("wijk-y"), x.getAreaId());
    assertEquals(Optional.of(YearPeriod.of(2022, 2022)), x.getPlanning());
  }

  @Test
  void corporationYTwoComplexesOf40OneForIntensiveCare() {
    Breakdown locations = CORPORATIE_Y.getBreakdowns().get(0);

    assertEquals(BreakdownDimension.LOCATIE, locations.getDimension());
    assertEquals(BigDecimal.valueOf(80), locations.total());
    assertEquals(CORPORATIE_Y.getOutput().orElseThrow().getValue(), locations.total());
    assertEquals(Optional.of(DwellingType.ZORGGESCHIKTE_WONING),
        locations.getParts().get(0).getDwellingType());
    assertEquals(Optional.empty(), locations.getParts().get(1).getDwellingType());
  }

  @Test
  void marketParty50HomesHalfSocialHalfMidRent() {
    Breakdown segments = MARKTPARTIJ.getBreakdowns().get(0);

    assertEquals(BreakdownDimension.HUURSEGMENT, segments.getDimension());
    assertEquals(BigDecimal.valueOf(50), segments.total());
    assertEquals(
        List.of(Optional.of(RentSegment.SOCIALE_HUUR), Optional.of(RentSegment.MIDDENHUUR)),
        segments.getParts().stream().map(BreakdownPart::getRentSegment).toList());
    assertEquals(List.of(BigDecimal.valueOf(25), BigDecimal.valueOf(25)),
        segments.getParts().stream().map(BreakdownPart::getValue).toList());
  }

  @Test
  void theMunicipalitySubsidisesAWelfareOrganisation() {
    Budget subsidy = WELZIJN.getBudget().orElseThrow();

    assertEquals(Optional.of("gemeente-a"), subsidy.getFinancierPartyId());
    assertEquals(Optional.empty(), subsidy.getAmountEuro());
    assertEquals(List.of(WELZIJN), PROGRAMME.activitiesOf("welzijnsorganisatie"));
    assertEquals(List.of(WELZIJN), PROGRAMME.activitiesOf("gemeente-a"));
  }

  @Test
  void theProgrammeAddsUpAndIsValid() {
    assertEquals(List.of("activiteitenaanbod", "corporatie-x-wijk-y",
            "corporatie-y-twee-eenheden", "marktpartij-nieuwbouw"),
        PROGRAMME.getActivities().stream().map(Activity::getId).toList());
    assertEquals(new BigDecimal("150"), PROGRAMME.getActivities().stream()
        .flatMap(a -> a.getOutput().stream())
        .map(Quantity::getValue)
        .reduce(BigDecimal.ZERO, BigDecimal::add));
    assertEquals(List.of(CORPORATIE_X), PROGRAMME.activitiesOf("corporatie-x"));
    assertEquals(List.of(), PROGRAMME.activitiesOf("zorgkantoor"));
    assertEquals(Optional.empty(), PROGRAMME.findActivity("onbekend"));
    assertEquals(Set.of(), violations(PROGRAMME));
  }

  @Test
  void budgetsAreCanonical() {
    assertEquals(Budget.of(new BigDecimal("1.50")), Budget.of(new BigDecimal("1.5")));
    assertEquals(Optional.of(new BigDecimal("1000")), Budget.of(new BigDecimal("1E+3")).getAmountEuro());
    assertEquals("1000", Budget.of(new BigDecimal("1E+3")).getAmountEuro().orElseThrow().toString());
    assertEquals(Budget.of(25_000), Budget.of(new BigDecimal("25000.00")));
  }

  @Test
  void violationsCascadeWithTheirPaths() {
    ImplementationProgramme programme = ImplementationProgramme.builder()
        .period(YearPeriod.of(2024, 2028))
        .addActivity(Activity.builder().id("a").title(" ").responsiblePartyId("")
            .budget(Budget.of(-1)).addInvolvedPartyId(" ").addAgreementId("").build())
        .build();

    assertEquals(Set.of(
            "activities[0].agreementIds[0].<list element>: must not be blank",
            "activities[0].budget.amountEuro: must be greater than or equal to 0",
            "activities[0].involvedPartyIds[0].<list element>: must not be blank",
            "activities[0].responsiblePartyId: must not be blank",
            "activities[0].title: must not be blank"),
        violations(programme));
  }

  private static Set<String> violations(Object bean) {
    Set<String> result = new TreeSet<>();
    for (ConstraintViolation<Object> v : VALIDATOR.validate(bean)) {
      result.add(v.getPropertyPath() + ": " + v.getMessage());
    }
    return result;
  }
}
