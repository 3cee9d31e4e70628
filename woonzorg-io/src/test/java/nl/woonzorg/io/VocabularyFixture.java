package nl.woonzorg.io;

import nl.woonzorg.model.HousingCareVision;
import nl.woonzorg.model.agreement.AgreementParty;
import nl.woonzorg.model.agreement.PartyRole;
import nl.woonzorg.model.agreement.PerformanceAgreement;
import nl.woonzorg.model.cooperation.Consultation;
import nl.woonzorg.model.cooperation.ConsultationLevel;
import nl.woonzorg.model.cooperation.Cooperation;
import nl.woonzorg.model.fixture.GemeenteA;
import nl.woonzorg.model.goal.Goal;
import nl.woonzorg.model.party.Collective;
import nl.woonzorg.model.party.Party;
import nl.woonzorg.model.party.PartyType;
import nl.woonzorg.model.programme.Activity;
import nl.woonzorg.model.programme.ImplementationProgramme;
import nl.woonzorg.model.time.CalendarPeriod;
import nl.woonzorg.model.time.Frequency;
import nl.woonzorg.model.time.PartialDate;
import nl.woonzorg.model.time.YearPart;

/**
 * Gemeente A with every property that format 1.1 added to the vocabulary set, so that the round
 * trip and the schema tests cover each of them.
 */
final class VocabularyFixture {

  private VocabularyFixture() {}

  static HousingCareVision vision() {
    HousingCareVision a = GemeenteA.vision();
    return HousingCareVision.builder().from(a)
        .id("wzv-gemeente-a-1.1")
        .addParties(
            Party.builder().id("zorgaanbieders-regio").name("De zorgaanbieders in de regio")
                .type(PartyType.ZORGAANBIEDER).collective(Collective.unnamed()).build(),
            Party.builder().id("corporaties").name("De corporaties in gemeente A")
                .type(PartyType.WONINGCORPORATIE)
                .collective(Collective.builder()
                    .addMemberPartyIds(GemeenteA.CORPORATIE_X, GemeenteA.CORPORATIE_Y)
                    .description("beide corporaties met bezit in gemeente A").build())
                .build(),
            Party.of("aedes", "Aedes", PartyType.BRANCHEORGANISATIE),
            Party.of("bureau", "Onderzoeksbureau", PartyType.ONDERZOEKSBUREAU),
            Party.of("provincie", "Provincie", PartyType.PROVINCIE))
        .goals(a.getGoals().stream().map(goal -> Goal.builder().from(goal)
            .start(PartialDate.of(2022, YearPart.VOORJAAR)).build()).toList())
        .programme(ImplementationProgramme.builder().from(a.getProgramme().orElseThrow())
            .activities(a.getProgramme().orElseThrow().getActivities().stream()
                .map(activity -> Activity.builder().from(activity)
                    .start(PartialDate.ofYear(2018))
                    .recurrence(Frequency.onceEvery(2, CalendarPeriod.JAAR)).build())
                .toList())
            .build())
        .cooperation(Cooperation.builder()
            .addConsultations(Consultation.builder().id("bestuurlijk-overleg")
                .name("Bestuurlijk overleg wonen en zorg").level(ConsultationLevel.BESTUURLIJK)
                .frequency(Frequency.of(2, CalendarPeriod.JAAR)).since(PartialDate.of(2019, 3))
                .addPartyIds(GemeenteA.GEMEENTE, "corporaties", "zorgaanbieders-regio").build())
            .build())
        .agreements(a.getAgreements().stream().map(agreement -> PerformanceAgreement.builder()
            .from(agreement).addParties(AgreementParty.of("provincie", PartyRole.TOEZICHTHOUDER))
            .build()).toList())
        .build();
  }
}
