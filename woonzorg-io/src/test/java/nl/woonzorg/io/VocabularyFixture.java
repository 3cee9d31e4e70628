package nl.woonzorg.io;

import nl.woonzorg.model.HousingCareVision;
import nl.woonzorg.model.agreement.AgreementParty;
import nl.woonzorg.model.agreement.PartyRole;
import nl.woonzorg.model.agreement.PerformanceAgreement;
import nl.woonzorg.model.fixture.GemeenteA;
import nl.woonzorg.model.party.Collective;
import nl.woonzorg.model.party.Party;
import nl.woonzorg.model.party.PartyType;

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
        .agreements(a.getAgreements().stream().map(agreement -> PerformanceAgreement.builder()
            .from(agreement).addParties(AgreementParty.of("provincie", PartyRole.TOEZICHTHOUDER))
            .build()).toList())
        .build();
  }
}
