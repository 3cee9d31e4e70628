package nl.woonzorg.model.agreement;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.woonzorg.model.fixture.SixAgreementTypes;
import nl.woonzorg.model.programme.Budget;
import nl.woonzorg.model.quantity.Quantity;
import nl.woonzorg.model.quantity.Unit;
import nl.woonzorg.model.time.CalendarPeriod;
import nl.woonzorg.model.time.Deadline;
import nl.woonzorg.model.time.Frequency;
import nl.woonzorg.model.time.YearPeriod;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class PerformanceAgreementTest {

  private static final Validator VALIDATOR = Validation.byDefaultProvider().configure()
      .messageInterpolator(new ParameterMessageInterpolator())
      .buildValidatorFactory().getValidator();

  /** A builder that has all mandatory attributes and nothing else. */
  private static PerformanceAgreement.Builder draft(AgreementType type) {
    return PerformanceAgreement.builder()
        .id("pa-1")
        .title("Afspraak")
        .type(type)
        .domain(AgreementDomain.WONEN);
  }

  /** Sets on {@code builder} the terms that belong to {@code type}. */
  private static PerformanceAgreement.Builder withTermsOf(
      PerformanceAgreement.Builder builder, AgreementType type) {
    return switch (type) {
      case PROCESAFSPRAAK -> builder.processTerms(ProcessTerms.of("jaarlijks overleg"));
      case BESCHRIJVENDE_AFSPRAAK -> builder.descriptiveTerms(DescriptiveTerms.of("uitgangspunt"));
      case INTENTIEAFSPRAAK -> builder.intentTerms(IntentTerms.of("als dit", "dan dat"));
      case HANDELINGSAFSPRAAK -> builder.actionTerms(ActionTerms.builder().build());
      case GARANTIEAFSPRAAK -> builder.guaranteeTerms(GuaranteeTerms.of("waarborg"));
      case TRANSACTIEAFSPRAAK -> builder.transactionTerms(TransactionTerms.of());
    };
  }

  private static final Map<AgreementType, String> TERMS_ATTRIBUTE = Map.of(
      AgreementType.PROCESAFSPRAAK, "processTerms",
      AgreementType.BESCHRIJVENDE_AFSPRAAK, "descriptiveTerms",
      AgreementType.INTENTIEAFSPRAAK, "intentTerms",
      AgreementType.HANDELINGSAFSPRAAK, "actionTerms",
      AgreementType.GARANTIEAFSPRAAK, "guaranteeTerms",
      AgreementType.TRANSACTIEAFSPRAAK, "transactionTerms");

  static Stream<Arguments> everyPairOfDifferentTypes() {
    return Stream.of(AgreementType.values()).flatMap(type -> Stream.of(AgreementType.values())
        .filter(other -> other != type)
        .map(other -> Arguments.of(type, other)));
  }

  private static Set<String> violationPaths(Object bean) {
    return VALIDATOR.validate(bean).stream()
        .map(ConstraintViolation::getPropertyPath)
        .map(Object::toString)
        .collect(Collectors.toSet());
  }

  /** The Gemeente A agreement on clustered housing, with everything a complete one has. */
  private static PerformanceAgreement gemeenteA() {
    return PerformanceAgreement.builder()
        .id("pa-geclusterd")
        .title("Geclusterde woonvormen")
        .description("We zetten in op de ontwikkeling van geclusterde woonvormen.")
        .type(AgreementType.HANDELINGSAFSPRAAK)
        .domain(AgreementDomain.WONEN)
        .theme(AgreementTheme.KWANTITEIT_WONINGEN)
        .topic("geclusterd wonen")
        .addParty(AgreementParty.of("gemeente-a", PartyRole.ONDERTEKENAAR, PartyRole.FINANCIER))
        .addAllParties(List.of(
            AgreementParty.of("woningcorporatie-x", PartyRole.ONDERTEKENAAR, PartyRole.UITVOERDER),
            AgreementParty.of("huurdersorganisatie-x", PartyRole.ONDERTEKENAAR)))
        .addGoalId("doel-geclusterd")
        .addMeasure(Measure.builder()
            .description("Subsidie aan welzijnsorganisatie voor activiteiten in"
                + " ontmoetingsruimten")
            .addPartyId("gemeente-a")
            .budget(Budget.builder().amountEuro(new BigDecimal("25000")).financierPartyId("gemeente-a")
                .build())
            .build())
        .period(YearPeriod.of(2022, 2025))
        .target(Quantity.of(110, Unit.WONINGEN))
        .deadline(Deadline.ofYear(2025))
        .addYearSlice(YearSlice.of(2022, 20))
        .addAllYearSlices(List.of(YearSlice.of(2023, 40), YearSlice.of(2024, 50)))
        .actionTerms(ActionTerms.builder()
            .addActivities("20 geclusterde woningen met ontmoetingsruimte in wijk y",
                "twee geclusterde eenheden van 40 woningen in de bestaande bouw")
            .build())
        .addRelatedAgreementId("pa-cyclus")
        .addCovenantId("convenant-wonen-zorg")
        .addIndicatorId("ind-geclusterde-woningen")
        .build();
  }

  @ParameterizedTest
  @EnumSource(AgreementType.class)
  void termsOfTheAgreementsOwnTypeAreAllowed(AgreementType type) {
    PerformanceAgreement agreement = withTermsOf(draft(type), type).build();

    assertEquals(Optional.of(type), agreement.getType());
  }

  @Test
  void anAgreementWithoutATypeIsBuiltAndCarriesNoTerms() {
    PerformanceAgreement untyped = PerformanceAgreement.builder().id("pa-1")
        .title("Afspraken over leefbaarheid").domain(AgreementDomain.WONEN)
        .theme(AgreementTheme.LEEFBAARHEID).level(AgreementLevel.REGIONAAL).build();

    assertEquals(Optional.empty(), untyped.getType());
    assertEquals(Optional.of(AgreementLevel.REGIONAAL), untyped.getLevel());
    assertEquals(Set.of(), violationPaths(untyped));
    IllegalStateException e = assertThrows(IllegalStateException.class, () ->
        PerformanceAgreement.builder().from(untyped).processTerms(ProcessTerms.of("overleg"))
            .build());
    assertEquals("agreement 'pa-1' has no type but has processTerms, which belong to type"
        + " PROCESAFSPRAAK", e.getMessage());
  }

  @ParameterizedTest
  @EnumSource(AgreementType.class)
  void termsMayBeAbsentInADraft(AgreementType type) {
    assertDoesNotThrow(() -> draft(type).build());
  }

  @ParameterizedTest
  @MethodSource("everyPairOfDifferentTypes")
  void termsOfAnotherTypeAreNeverAllowed(AgreementType type, AgreementType other) {
    PerformanceAgreement.Builder builder = withTermsOf(draft(type), other);

    IllegalStateException e = assertThrows(IllegalStateException.class, builder::build);
    assertEquals("agreement 'pa-1' is of type " + type + " but has "
        + TERMS_ATTRIBUTE.get(other) + ", which belong to type " + other, e.getMessage());
  }

  @Test
  void processAgreementWithIntentTermsFailsNamingBothTypes() {
    PerformanceAgreement.Builder builder = draft(AgreementType.PROCESAFSPRAAK)
        .intentTerms(IntentTerms.of("locatie x komt vrij", "transformatie tot gemengd wonen"));

    IllegalStateException e = assertThrows(IllegalStateException.class, builder::build);
    assertEquals("agreement 'pa-1' is of type PROCESAFSPRAAK but has intentTerms, which belong"
        + " to type INTENTIEAFSPRAAK", e.getMessage());
  }

  @Test
  void everyForeignTermIsNamedInTheMessage() {
    PerformanceAgreement.Builder builder = draft(AgreementType.GARANTIEAFSPRAAK)
        .guaranteeTerms(GuaranteeTerms.of("waarborg"))
        .descriptiveTerms(DescriptiveTerms.of("uitgangspunt"))
        .transactionTerms(TransactionTerms.of());

    IllegalStateException e = assertThrows(IllegalStateException.class, builder::build);
    assertEquals("agreement 'pa-1' is of type GARANTIEAFSPRAAK but has descriptiveTerms, which"
        + " belong to type BESCHRIJVENDE_AFSPRAAK, and transactionTerms, which belong to type"
        + " TRANSACTIEAFSPRAAK", e.getMessage());
  }

  @Test
  void partyIdsWithRoleFollowThePartyOrderAndNameEachPartyOnce() {
    PerformanceAgreement agreement = gemeenteA();

    assertEquals(List.of("gemeente-a", "woningcorporatie-x", "huurdersorganisatie-x"),
        agreement.partyIdsWithRole(PartyRole.ONDERTEKENAAR));
    assertEquals(List.of("gemeente-a"), agreement.partyIdsWithRole(PartyRole.FINANCIER));
    assertEquals(List.of(), agreement.partyIdsWithRole(PartyRole.ADVISEUR));

    PerformanceAgreement listedTwice = PerformanceAgreement.builder().from(agreement)
        .addParty(AgreementParty.of("gemeente-a", PartyRole.TREKKER, PartyRole.ONDERTEKENAAR))
        .build();
    assertEquals(List.of("gemeente-a", "woningcorporatie-x", "huurdersorganisatie-x"),
        listedTwice.partyIdsWithRole(PartyRole.ONDERTEKENAAR));
  }

  @Test
  void completeAgreementKeepsEveryAttribute() {
    PerformanceAgreement agreement = gemeenteA();

    assertEquals(Optional.of(YearPeriod.of(2022, 2025)), agreement.getPeriod());
    assertEquals(Optional.of(Quantity.of(110, Unit.WONINGEN)), agreement.getTarget());
    assertEquals(List.of(2022, 2023, 2024),
        agreement.getYearSlices().stream().map(YearSlice::getYear).toList());
    assertEquals(Optional.of(new BigDecimal("40")), agreement.getYearSlices().get(1).getValue());
    assertEquals(List.of("doel-geclusterd"), agreement.getGoalIds());
    assertEquals(List.of("pa-cyclus"), agreement.getRelatedAgreementIds());
    assertEquals(List.of("convenant-wonen-zorg"), agreement.getCovenantIds());
    assertEquals(List.of("ind-geclusterde-woningen"), agreement.getIndicatorIds());
    assertEquals(2, agreement.getActionTerms().orElseThrow().getActivities().size());
    assertEquals(Optional.of(new BigDecimal("25000")),
        agreement.getMeasures().get(0).getBudget().flatMap(Budget::getAmountEuro));
    assertEquals(Set.of(), violationPaths(agreement));
  }

  @Test
  void equalContentMakesEqualAgreements() {
    assertEquals(gemeenteA(), gemeenteA());
    assertEquals(gemeenteA().hashCode(), gemeenteA().hashCode());
    assertEquals(gemeenteA(), PerformanceAgreement.builder().from(gemeenteA()).build());
    assertNotEquals(gemeenteA(), PerformanceAgreement.builder().from(gemeenteA())
        .target(Quantity.of(100, Unit.WONINGEN)).build());
    assertNotEquals(SixAgreementTypes.procesafspraak(), SixAgreementTypes.intentieafspraak());
  }

  @Test
  void missingMandatoryAttributesCannotBeBuilt() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> PerformanceAgreement.builder().id("pa-1").title("Afspraak").build());

    assertEquals(true, e.getMessage().contains("[domain]"), e.getMessage());
  }

  @Test
  void validatorReportsEveryBrokenFieldWithItsPath() {
    PerformanceAgreement broken = draft(AgreementType.PROCESAFSPRAAK)
        .id("")
        .title(" ")
        .addParty(AgreementParty.of("gemeente-a"))
        .addParty(AgreementParty.of(" ", PartyRole.ONDERTEKENAAR))
        .addGoalIds("doel-1", "")
        .addMeasure(Measure.builder().description("").addPartyId(" ")
            .budget(Budget.of(-1)).build())
        .addYearSlice(YearSlice.builder().year(2025).build())
        .processTerms(ProcessTerms.builder()
            .cycle("")
            .frequency(Frequency.of(0, CalendarPeriod.JAAR))
            .renewalIntervalYears(0)
            .evaluationAfterYears(-4)
            .build())
        .addRelatedAgreementId(" ")
        .addCovenantId("")
        .addIndicatorId("")
        .build();

    assertEquals(Set.of(
            "id",
            "title",
            "parties[0].roles",
            "parties[1].partyId",
            "goalIds[1].<list element>",
            "measures[0].description",
            "measures[0].partyIds[0].<list element>",
            "measures[0].budget.amountEuro",
            "processTerms.cycle",
            "processTerms.frequency.times",
            "processTerms.renewalIntervalYears",
            "processTerms.evaluationAfterYears",
            "relatedAgreementIds[0].<list element>",
            "covenantIds[0].<list element>",
            "indicatorIds[0].<list element>"),
        violationPaths(broken));
  }

  @Test
  void validatorCascadesIntoEveryKindOfTerms() {
    assertEquals(Set.of("descriptiveTerms.statement"), violationPaths(
        draft(AgreementType.BESCHRIJVENDE_AFSPRAAK).descriptiveTerms(DescriptiveTerms.of(" "))
            .build()));
    assertEquals(Set.of("intentTerms.condition", "intentTerms.consequence"), violationPaths(
        draft(AgreementType.INTENTIEAFSPRAAK).intentTerms(IntentTerms.of("", "")).build()));
    assertEquals(Set.of("actionTerms.activities[0].<list element>"), violationPaths(
        draft(AgreementType.HANDELINGSAFSPRAAK)
            .actionTerms(ActionTerms.builder().addActivity("").build()).build()));
    assertEquals(Set.of("guaranteeTerms.obligation",
            "guaranteeTerms.costBearerPartyIds[1].<list element>"), violationPaths(
        draft(AgreementType.GARANTIEAFSPRAAK).guaranteeTerms(GuaranteeTerms.builder()
            .obligation("").addCostBearerPartyIds("gemeente-a", " ").build()).build()));
    assertEquals(Set.of("transactionTerms.exchanges[1].partyId",
            "transactionTerms.exchanges[1].gives", "transactionTerms.exchanges[1].gets"),
        violationPaths(draft(AgreementType.TRANSACTIEAFSPRAAK).transactionTerms(
            TransactionTerms.of(Exchange.of("zorgaanbieder-x", "vastgoed", "renovatie"),
                Exchange.of("", " ", ""))).build()));
  }
}
