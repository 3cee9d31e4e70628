package nl.woonzorg.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import nl.woonzorg.model.HousingCareVision;
import nl.woonzorg.model.agreement.AgreementParty;
import nl.woonzorg.model.agreement.PartyRole;
import nl.woonzorg.model.fixture.GemeenteA;
import nl.woonzorg.model.party.Collective;
import nl.woonzorg.model.party.Party;
import nl.woonzorg.model.party.PartyType;
import nl.woonzorg.model.report.Finding;
import nl.woonzorg.model.report.Report;
import org.junit.jupiter.api.Test;

/**
 * The rules of the vocabulary that format 1.1 added, each with its exact finding: rule id,
 * English message and JSON Pointer.
 */
class VocabularyRulesTest {

  private static final WoonzorgValidator VALIDATOR =
      WoonzorgValidator.builder().locale(Locale.ENGLISH).build();

  /** "De zorgaanbieders in de regio", a collective of care providers, with the members given. */
  static Party careProviders(String... memberPartyIds) {
    return Party.builder().id("zorgaanbieders-regio").name("De zorgaanbieders in de regio")
        .type(PartyType.ZORGAANBIEDER).collective(Collective.of(memberPartyIds)).build();
  }

  /** The findings of rule {@code id} as "pointer: message". */
  private static List<String> findings(Report report, String id) {
    return report.findings(id).stream().map(VocabularyRulesTest::line).toList();
  }

  private static String line(Finding finding) {
    return finding.getLocation() + ": " + finding.getMessage();
  }

  @Test
  void aCollectivesMemberOfAnotherTypeIsReportedAtTheMember() {
    Party provider = Party.of("zorgaanbieder-b", "Zorgaanbieder B", PartyType.ZORGAANBIEDER);
    HousingCareVision vision = Fixtures.vision(v -> v.addParties(provider,
        careProviders("zorgaanbieder-b", GemeenteA.WELZIJN)));

    assertEquals(List.of("/parties/7/collective/memberPartyIds/1: Collective party"
            + " zorgaanbieders-regio names welzijnsorganisatie-a as a member, but that is a party"
            + " of type WELZIJNSORGANISATIE, not ZORGAANBIEDER."),
        findings(VALIDATOR.validate(vision), "WZ-PARTY-01"));
  }

  @Test
  void aMemberThatNamesNoPartyIsAnUnresolvedReferenceNotATypeMismatch() {
    Report report = VALIDATOR.validate(Fixtures.vision(v -> v.addParties(
        careProviders("zorgaanbieder-onbekend"))));

    assertEquals(List.of("/parties/6/collective/memberPartyIds/0: Party zorgaanbieder-onbekend"
        + " does not exist in this vision."), findings(report, "WZ-REF-03"));
    assertEquals(List.of(), findings(report, "WZ-PARTY-01"));
  }

  @Test
  void aCollectiveOfCorporationsSignsAsACorporationAndItsMembersNeedNotBeNamed() {
    Party corporations = Party.builder().id("corporaties").name("De corporaties in gemeente A")
        .type(PartyType.WONINGCORPORATIE)
        .collective(Collective.builder().description("alle corporaties met bezit in gemeente A")
            .build())
        .build();
    HousingCareVision vision = HousingCareVision.builder()
        .from(Fixtures.agreement(0, a -> a.parties(List.of(
            AgreementParty.of(GemeenteA.GEMEENTE, PartyRole.ONDERTEKENAAR, PartyRole.TREKKER),
            AgreementParty.of("corporaties", PartyRole.ONDERTEKENAAR, PartyRole.UITVOERDER),
            AgreementParty.of(GemeenteA.HUURDERS, PartyRole.ONDERTEKENAAR)))))
        .addParties(corporations).build();

    Report report = VALIDATOR.validate(vision);
    assertEquals(List.of(), findings(report, "WZ-SIGN-01"));
    assertEquals(List.of(), findings(report, "WZ-PARTY-01"));
    assertEquals(List.of(), findings(report, "WZ-REF-03"));
  }

  @Test
  void aCollectiveOfTypeOverigTakesMembersOfAnyType() {
    Party pact = Party.builder().id("pact").name("De partners van het pact")
        .type(PartyType.OVERIG)
        .collective(Collective.of(GemeenteA.GEMEENTE, GemeenteA.CORPORATIE_X, GemeenteA.WELZIJN))
        .build();
    Report report = VALIDATOR.validate(Fixtures.vision(v -> v.addParties(pact)));

    assertEquals(List.of(), findings(report, "WZ-PARTY-01"));
  }
}
