package nl.woonzorg.model.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.List;
import java.util.Optional;
import nl.woonzorg.model.time.CalendarPeriod;
import nl.woonzorg.model.time.Frequency;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

/**
 * One agreement of each type, built from the examples of Overzicht 2 ("Typen prestatieafspraken
 * wonen, welzijn en zorg") in the Taskforce Wonen en Zorg's guide.
 */
class SixAgreementTypesTest {

  private static final Validator VALIDATOR = Validation.byDefaultProvider().configure()
      .messageInterpolator(new ParameterMessageInterpolator())
      .buildValidatorFactory().getValidator();

  /** "2x per jaar bestuurlijk overleg, 1x in de 2 jaar vernieuwen ..., na 4 jaar evaluatie". */
  static PerformanceAgreement procesafspraak() {
    return PerformanceAgreement.builder()
        .id("pa-cyclus")
        .title("Cyclus van overleg en afspraken")
        .type(AgreementType.PROCESAFSPRAAK)
        .domain(AgreementDomain.WONEN)
        .addParty(AgreementParty.of("gemeente-a", PartyRole.ONDERTEKENAAR, PartyRole.TREKKER))
        .addParty(AgreementParty.of("woningcorporatie-x", PartyRole.ONDERTEKENAAR))
        .addParty(AgreementParty.of("huurdersorganisatie-x", PartyRole.ONDERTEKENAAR))
        .addParty(AgreementParty.of("zorgkantoor-a", PartyRole.ONDERTEKENAAR))
        .processTerms(ProcessTerms.builder()
            .cycle("2x per jaar bestuurlijk overleg, 1x in de 2 jaar vernieuwen van de afspraken"
                + " in een monitoringsgesprek, na 4 jaar evaluatie")
            .frequency(Frequency.of(2, CalendarPeriod.JAAR))
            .renewalIntervalYears(2)
            .evaluationAfterYears(4)
            .build())
        .build();
  }

  static PerformanceAgreement beschrijvendeAfspraak() {
    return PerformanceAgreement.builder()
        .id("pa-verzorgd-wonen")
        .title("Verzorgd wonen als richtinggevend concept")
        .type(AgreementType.BESCHRIJVENDE_AFSPRAAK)
        .domain(AgreementDomain.WONEN)
        .theme(AgreementTheme.VERBINDING_ANDERE_DOMEINEN)
        .descriptiveTerms(DescriptiveTerms.of("Het concept verzorgd wonen hanteren we als"
            + " richtinggevend concept voor wonen en zorg voor senioren"))
        .build();
  }

  static PerformanceAgreement intentieafspraak() {
    return PerformanceAgreement.builder()
        .id("pa-locatie-x")
        .title("Transformatie locatie x")
        .type(AgreementType.INTENTIEAFSPRAAK)
        .domain(AgreementDomain.WONEN)
        .theme(AgreementTheme.KWANTITEIT_WONINGEN)
        .topic("gemengd wonen")
        .intentTerms(IntentTerms.of("locatie x komt vrij",
            "het vastgoed wordt getransformeerd tot een gemengd-wonenlocatie"))
        .build();
  }

  static PerformanceAgreement handelingsafspraak() {
    return PerformanceAgreement.builder()
        .id("pa-week-tegen-eenzaamheid")
        .title("Week tegen Eenzaamheid")
        .type(AgreementType.HANDELINGSAFSPRAAK)
        .domain(AgreementDomain.ZORG_EN_WELZIJN)
        .addParty(AgreementParty.of("zorgorganisatie-a", PartyRole.UITVOERDER))
        .addParty(AgreementParty.of("zorgorganisatie-b", PartyRole.UITVOERDER))
        .addParty(AgreementParty.of("welzijnsorganisatie", PartyRole.UITVOERDER, PartyRole.TREKKER))
        .actionTerms(ActionTerms.builder()
            .addActivity("verschillende activiteiten, gericht op ontmoeting, voor senioren")
            .timing("Week tegen Eenzaamheid")
            .build())
        .build();
  }

  static PerformanceAgreement garantieafspraak() {
    return PerformanceAgreement.builder()
        .id("pa-uithuiszetting")
        .title("Kosten bij uithuiszetting na uitstroom")
        .type(AgreementType.GARANTIEAFSPRAAK)
        .domain(AgreementDomain.ZORG_EN_WELZIJN)
        .addParty(AgreementParty.of("gemeente-a", PartyRole.ONDERTEKENAAR, PartyRole.KOSTENDRAGER))
        .addParty(AgreementParty.of("mo-organisatie", PartyRole.KOSTENDRAGER))
        .addParty(AgreementParty.of("woningcorporatie-x", PartyRole.KOSTENDRAGER))
        .guaranteeTerms(GuaranteeTerms.builder()
            .obligation("Bij een uithuiszetting na uitstroom uit een instelling worden de kosten"
                + " gedeeld")
            .addCostBearerPartyIds("gemeente-a", "mo-organisatie", "woningcorporatie-x")
            .costSharing("gemeente, MO-organisatie en woningcorporatie delen de kosten")
            .build())
        .build();
  }

  static PerformanceAgreement transactieafspraak() {
    return PerformanceAgreement.builder()
        .id("pa-overdracht-vastgoed")
        .title("Overdracht vastgoed in ruil voor renovatie")
        .type(AgreementType.TRANSACTIEAFSPRAAK)
        .domain(AgreementDomain.WONEN)
        .addParty(AgreementParty.of("zorgaanbieder-x", PartyRole.UITVOERDER))
        .addParty(AgreementParty.of("woningcorporatie-y", PartyRole.UITVOERDER))
        .transactionTerms(TransactionTerms.of(
            Exchange.of("zorgaanbieder-x", "het vastgoed van het complex",
                "renovatie van het complex"),
            Exchange.of("woningcorporatie-y", "renovatie van het complex",
                "het vastgoed van het complex")))
        .build();
  }

  static List<PerformanceAgreement> all() {
    return List.of(procesafspraak(), beschrijvendeAfspraak(), intentieafspraak(),
        handelingsafspraak(), garantieafspraak(), transactieafspraak());
  }

  @Test
  void thereIsOneValidAgreementOfEachType() {
    assertEquals(List.of(AgreementType.values()),
        all().stream().map(PerformanceAgreement::getType).toList());
    for (PerformanceAgreement agreement : all()) {
      assertEquals(0, VALIDATOR.validate(agreement).size(), agreement.getId());
    }
  }

  @Test
  void procesafspraakConsultsTwiceAYearRenewsEveryTwoYearsAndEvaluatesAfterFour() {
    ProcessTerms terms = procesafspraak().getProcessTerms().orElseThrow();

    assertEquals(Optional.of(Frequency.of(2, CalendarPeriod.JAAR)), terms.getFrequency());
    assertEquals(2, terms.getFrequency().orElseThrow().timesPerYear());
    assertEquals(Optional.of(2), terms.getRenewalIntervalYears());
    assertEquals(Optional.of(4), terms.getEvaluationAfterYears());
    assertEquals(List.of("gemeente-a", "woningcorporatie-x", "huurdersorganisatie-x",
        "zorgkantoor-a"), procesafspraak().partyIdsWithRole(PartyRole.ONDERTEKENAAR));
    assertEquals(List.of("gemeente-a"), procesafspraak().partyIdsWithRole(PartyRole.TREKKER));
  }

  @Test
  void beschrijvendeAfspraakRecordsThePrinciple() {
    assertEquals("Het concept verzorgd wonen hanteren we als richtinggevend concept voor wonen en"
            + " zorg voor senioren",
        beschrijvendeAfspraak().getDescriptiveTerms().orElseThrow().getStatement());
  }

  @Test
  void intentieafspraakIsIfThisThenThat() {
    PerformanceAgreement agreement = intentieafspraak();

    assertEquals(IntentTerms.of("locatie x komt vrij",
            "het vastgoed wordt getransformeerd tot een gemengd-wonenlocatie"),
        agreement.getIntentTerms().orElseThrow());
    assertEquals(Optional.of("gemengd wonen"), agreement.getTopic());
    assertEquals(Optional.empty(), agreement.getProcessTerms());
  }

  @Test
  void handelingsafspraakIsCarriedOutByBothCareOrganisationsAndTheWelfareOrganisation() {
    PerformanceAgreement agreement = handelingsafspraak();

    assertEquals(List.of("zorgorganisatie-a", "zorgorganisatie-b", "welzijnsorganisatie"),
        agreement.partyIdsWithRole(PartyRole.UITVOERDER));
    assertEquals(List.of("welzijnsorganisatie"), agreement.partyIdsWithRole(PartyRole.TREKKER));
    assertEquals(List.of(), agreement.partyIdsWithRole(PartyRole.FINANCIER));
    assertEquals(Optional.of("Week tegen Eenzaamheid"),
        agreement.getActionTerms().orElseThrow().getTiming());
  }

  @Test
  void garantieafspraakSharesTheCostsBetweenMunicipalityShelterAndCorporation() {
    PerformanceAgreement agreement = garantieafspraak();
    List<String> costBearers = List.of("gemeente-a", "mo-organisatie", "woningcorporatie-x");

    assertEquals(costBearers,
        agreement.getGuaranteeTerms().orElseThrow().getCostBearerPartyIds());
    assertEquals(costBearers, agreement.partyIdsWithRole(PartyRole.KOSTENDRAGER));
  }

  @Test
  void transactieafspraakExchangesPropertyForRenovation() {
    List<Exchange> exchanges =
        transactieafspraak().getTransactionTerms().orElseThrow().getExchanges();

    assertEquals(2, exchanges.size());
    assertEquals("zorgaanbieder-x", exchanges.get(0).getPartyId());
    assertEquals("het vastgoed van het complex", exchanges.get(0).getGives());
    assertEquals("renovatie van het complex", exchanges.get(0).getGets());
    assertEquals(exchanges.get(0).getGives(), exchanges.get(1).getGets());
    assertEquals(exchanges.get(0).getGets(), exchanges.get(1).getGives());
  }
}
