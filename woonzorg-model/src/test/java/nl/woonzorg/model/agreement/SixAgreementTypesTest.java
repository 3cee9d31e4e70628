package nl.woonzorg.model.agreement;

import static nl.woonzorg.model.fixture.SixAgreementTypes.all;
import static nl.woonzorg.model.fixture.SixAgreementTypes.beschrijvendeAfspraak;
import static nl.woonzorg.model.fixture.SixAgreementTypes.garantieafspraak;
import static nl.woonzorg.model.fixture.SixAgreementTypes.handelingsafspraak;
import static nl.woonzorg.model.fixture.SixAgreementTypes.intentieafspraak;
import static nl.woonzorg.model.fixture.SixAgreementTypes.procesafspraak;
import static nl.woonzorg.model.fixture.SixAgreementTypes.transactieafspraak;
import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import nl.woonzorg.model.time.CalendarPeriod;
import nl.woonzorg.model.time.Frequency;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

/**
 * One agreement of each type, built from the examples of Overzicht 2 ("Typen prestatieafspraken
 * wonen, welzijn en zorg") in the Taskforce Wonen en Zorg's guide: the shared fixture {@link
 * nl.woonzorg.model.fixture.SixAgreementTypes}.
 */
class SixAgreementTypesTest {

  private static final Validator VALIDATOR = Validation.byDefaultProvider().configure()
      .messageInterpolator(new ParameterMessageInterpolator())
      .buildValidatorFactory().getValidator();

  @Test
  void thereIsOneValidAgreementOfEachType() {
    assertEquals(Stream.of(AgreementType.values()).map(Optional::of).toList(),
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
