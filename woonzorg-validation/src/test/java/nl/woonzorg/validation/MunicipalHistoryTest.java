package nl.woonzorg.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.woonzorg.model.HousingCareVision;
import nl.woonzorg.model.area.Area;
import nl.woonzorg.model.area.AreaType;
import nl.woonzorg.model.document.AgreementsDocument;
import nl.woonzorg.model.document.AnalysisDocument;
import nl.woonzorg.model.document.CovenantDocument;
import nl.woonzorg.model.document.MonitorReport;
import nl.woonzorg.model.document.ProgrammeDocument;
import nl.woonzorg.model.dwelling.Building;
import nl.woonzorg.model.dwelling.Dwelling;
import nl.woonzorg.model.fixture.CycleDocuments;
import nl.woonzorg.model.fixture.GemeenteA;
import nl.woonzorg.model.party.IdentifierScheme;
import nl.woonzorg.model.party.Party;
import nl.woonzorg.model.party.PartyIdentifier;
import nl.woonzorg.model.party.PartyType;
import nl.woonzorg.model.report.Finding;
import nl.woonzorg.model.report.Report;
import nl.woonzorg.model.time.YearPeriod;
import org.junit.jupiter.api.Test;

/**
 * WZ-AREA-05: a gemeentecode is judged as of the document's date. Brielle (GM0501) became part of
 * Voorne aan Zee on 1 January 2023, Haaren (GM0788) was split over four gemeenten on 1 January
 * 2021 and Weesp (GM0457) joined Amsterdam on 24 March 2022: right in a document of 2019, out of
 * date in one of 2024.
 *
 * <p>WZ-AREA-06, the other way round: a gemeente created by a reorganisation has no code before
 * it. Voorne aan Zee (GM1992) exists from 1 January 2023, Dijk en Waard (GM1980) from 1 January
 * 2022: out of place in a document of 2019, right in one of 2024.
 */
class MunicipalHistoryTest {

  private static final WoonzorgValidator DUTCH = WoonzorgValidator.builder().build();
  private static final WoonzorgValidator ENGLISH =
      WoonzorgValidator.builder().locale(Locale.ENGLISH).build();

  /** Gemeente A as Brielle, with Haaren as a party, adopted on {@code adoptedOn}. */
  private static HousingCareVision vision(LocalDate adoptedOn) {
    return Fixtures.vision(v -> v
        .adoptedOn(adoptedOn)
        .period(YearPeriod.of(adoptedOn.getYear(), 2030))
        .area(Area.builder().from(GemeenteA.vision().getArea()).code("GM0501").build())
        .addParties(Party.builder().id("gemeente-haaren").name("Gemeente Haaren")
            .type(PartyType.GEMEENTE)
            .addIdentifiers(PartyIdentifier.of(IdentifierScheme.KVK, "12345678"),
                PartyIdentifier.of(IdentifierScheme.CBS_GEMEENTECODE, "GM0788"))
            .build()));
  }

  private static Dwelling weesp() {
    return Fixtures.dwelling().municipalityCode("GM0457").districtCode("WK045701").build();
  }

  /** The findings of the gemeentecode rules, as "id at pointer: message". */
  private static List<String> codeFindings(Report report) {
    return report.getFindings().stream()
        .filter(f -> List.of("WZ-AREA-01", "WZ-AREA-04", "WZ-AREA-05", "WZ-AREA-06")
            .contains(f.getRuleId()))
        .map(f -> f.getRuleId() + " at " + f.getLocation() + ": " + f.getMessage())
        .toList();
  }

  @Test
  void aVisionOf2019MayNameGemeentenDissolvedLater() {
    assertEquals(List.of(), codeFindings(DUTCH.validate(vision(LocalDate.of(2019, 6, 27)))));
  }

  @Test
  void aVisionOf2024NamingDissolvedGemeentenIsToldTheirSuccessors() {
    Report report = DUTCH.validate(vision(LocalDate.of(2024, 3, 14)));

    assertEquals(List.of(
        "WZ-AREA-05 at /area/code: Gemeentecode GM0501 (Brielle) geldt niet meer op 2024-03-14:"
            + " de gemeente is per 2023-01-01 opgeheven en opgegaan in GM1992 Voorne aan Zee.",
        "WZ-AREA-05 at /parties/6/identifiers/1/value: Gemeentecode GM0788 (Haaren) geldt niet"
            + " meer op 2024-03-14: de gemeente is per 2021-01-01 opgeheven en opgegaan in"
            + " GM0757 Boxtel, GM0824 Oisterwijk, GM0855 Tilburg, GM0865 Vught."),
        codeFindings(report));
    assertEquals(List.of(
        "WZ-AREA-05 at /area/code: Municipality code GM0501 (Brielle) no longer holds on"
            + " 2024-03-14: the municipality was dissolved on 2023-01-01 and went into GM1992"
            + " Voorne aan Zee.",
        "WZ-AREA-05 at /parties/6/identifiers/1/value: Municipality code GM0788 (Haaren) no"
            + " longer holds on 2024-03-14: the municipality was dissolved on 2021-01-01 and"
            + " went into GM0757 Boxtel, GM0824 Oisterwijk, GM0855 Tilburg, GM0865 Vught."),
        codeFindings(ENGLISH.validate(vision(LocalDate.of(2024, 3, 14)))));
    Finding brielle = report.getFindings().stream()
        .filter(f -> f.getRuleId().equals("WZ-AREA-05")).findFirst().orElseThrow();
    assertEquals(Optional.of("GM0501"), brielle.getValue());
    assertEquals(Optional.of("een gemeentecode die op 2024-03-14 geldt: GM1992 Voorne aan Zee"),
        brielle.getExpected());
    assertEquals(Map.of("municipalityCode", "GM0501", "municipalityName", "Brielle",
        "dissolvedOn", "2023-01-01", "successors", "GM1992 Voorne aan Zee",
        "asOf", "2024-03-14"), brielle.getArguments());
  }

  @Test
  void aVisionNotAdoptedIsJudgedAtTheStartOfItsPeriod() {
    HousingCareVision draft2022 = HousingCareVision.builder()
        .from(vision(LocalDate.of(2024, 1, 1)))
        .adoptedOn(Optional.empty()).period(YearPeriod.of(2022, 2026)).build();
    HousingCareVision draft2023 = HousingCareVision.builder().from(draft2022)
        .period(YearPeriod.of(2023, 2027)).build();

    // Haaren was gone on 1 January 2022 already; Brielle went on 1 January 2023.
    assertEquals(List.of("WZ-AREA-05 at /parties/6/identifiers/1/value"),
        pointers(DUTCH.validate(draft2022)));
    assertEquals(List.of("WZ-AREA-05 at /area/code",
        "WZ-AREA-05 at /parties/6/identifiers/1/value"), pointers(DUTCH.validate(draft2023)));
  }

  @Test
  void aVisionWithoutDatesIsJudgedAtThePeildatumOrTheListsDate() {
    HousingCareVision undated = HousingCareVision.builder().from(vision(LocalDate.of(2024, 1, 1)))
        .adoptedOn(Optional.empty()).period(Optional.empty()).build();

    assertEquals(List.of(), pointers(WoonzorgValidator.builder()
        .referenceDate(LocalDate.of(2019, 1, 1)).build().validate(undated)));
    assertEquals(List.of("WZ-AREA-05 at /area/code",
        "WZ-AREA-05 at /parties/6/identifiers/1/value"), pointers(DUTCH.validate(undated)));
  }

  @Test
  void theCodeHoldsUntilTheDayBeforeTheReorganisation() {
    assertEquals(List.of(), codeFindings(WoonzorgValidator.builder()
        .referenceDate(LocalDate.of(2022, 3, 23)).build().validate(weesp())));
    assertEquals(List.of("WZ-AREA-05 at /municipalityCode: Gemeentecode GM0457 (Weesp) geldt"
            + " niet meer op 2022-03-24: de gemeente is per 2022-03-24 opgeheven en opgegaan in"
            + " GM0363 Amsterdam."),
        codeFindings(WoonzorgValidator.builder().referenceDate(LocalDate.of(2022, 3, 24)).build()
            .validate(weesp())));
  }

  @Test
  void aDwellingRecordIsJudgedAtThePeildatumGiven() {
    assertEquals(List.of(), codeFindings(WoonzorgValidator.builder()
        .referenceDate(LocalDate.of(2019, 7, 1)).build().validate(weesp())));
    assertEquals(List.of("WZ-AREA-05 at /municipalityCode: Municipality code GM0457 (Weesp) no"
            + " longer holds on 2024-07-01: the municipality was dissolved on 2022-03-24 and went"
            + " into GM0363 Amsterdam."),
        codeFindings(WoonzorgValidator.builder().locale(Locale.ENGLISH)
            .referenceDate(LocalDate.of(2024, 7, 1)).build().validate(weesp())));
  }

  @Test
  void withoutPeildatumADwellingRecordIsHeldToTheBundledListOf2024() {
    assertEquals(List.of("WZ-AREA-05 at /municipalityCode: Gemeentecode GM0457 (Weesp) geldt"
            + " niet meer op 2024-01-01: de gemeente is per 2022-03-24 opgeheven en opgegaan in"
            + " GM0363 Amsterdam."),
        codeFindings(DUTCH.validate(weesp())));
    assertEquals(Optional.empty(), DUTCH.referenceDate());
  }

  /** A complex in Weesp, recorded as a building (gebouw/complex) record. */
  private static Building weespComplex() {
    return Fixtures.building().municipalityCode("GM0457").districtCode("WK045701").build();
  }

  @Test
  void aBuildingRecordIsJudgedAtThePeildatumGivenAsADwellingIs() {
    WoonzorgValidator in2019 =
        WoonzorgValidator.builder().referenceDate(LocalDate.of(2019, 7, 1)).build();
    assertEquals(List.of(), in2019.validate(weespComplex()).getFindings());
    assertEquals(List.of("WZ-AREA-05 at /municipalityCode: Gemeentecode GM0457 (Weesp) geldt"
            + " niet meer op 2024-07-01: de gemeente is per 2022-03-24 opgeheven en opgegaan in"
            + " GM0363 Amsterdam."),
        codeFindings(WoonzorgValidator.builder().referenceDate(LocalDate.of(2024, 7, 1)).build()
            .validate(weespComplex())));
    Finding finding = ENGLISH.validate(weespComplex()).getFindings().get(0);
    assertEquals("WZ-AREA-05 at /municipalityCode: Municipality code GM0457 (Weesp) no longer"
        + " holds on 2024-01-01: the municipality was dissolved on 2022-03-24 and went into"
        + " GM0363 Amsterdam.", finding.getRuleId() + " at " + finding.getLocation() + ": "
        + finding.getMessage());
    assertEquals(Optional.of("a municipality code that holds on 2024-01-01: GM0363 Amsterdam"),
        finding.getExpected());
    assertEquals(1, ENGLISH.validate(weespComplex()).getFindings().size());
  }

  @Test
  void aCodeNeitherCurrentNorInTheHistoryIsStillUnknown() {
    // Zeevang (GM0478) went into Edam-Volendam in 2016, before the history starts.
    assertEquals(List.of("WZ-AREA-04 at /municipalityCode: Gemeentecode GM0478 staat niet in de"
            + " lijst van gemeenten op 1 januari 2024."),
        codeFindings(WoonzorgValidator.builder().referenceDate(LocalDate.of(2015, 1, 1)).build()
            .validate(Fixtures.dwelling().municipalityCode("GM0478").districtCode("WK047801")
                .build())));
  }

  @Test
  void aBuildingRecordsUnknownCodeIsReportedAsADwellingsIs() {
    // Zeevang (GM0478) went into Edam-Volendam in 2016, before the history starts.
    Building zeevang =
        Fixtures.building().municipalityCode("GM0478").districtCode("WK047801").build();

    assertEquals(List.of("WZ-AREA-04 at /municipalityCode: Gemeentecode GM0478 staat niet in de"
            + " lijst van gemeenten op 1 januari 2024."), codeFindings(DUTCH.validate(zeevang)));
    assertEquals(List.of("WZ-AREA-04 at /municipalityCode: Municipality code GM0478 is not in the"
            + " list of municipalities of 1 January 2024."),
        codeFindings(ENGLISH.validate(zeevang)));
    assertEquals(Map.of("municipalityCode", "GM0478", "referenceYear", "2024"),
        DUTCH.validate(zeevang).findings("WZ-AREA-04").get(0).getArguments());
    // A code of the history is WZ-AREA-05's, not unknown: Weesp in 2019 is right.
    assertEquals(List.of(), WoonzorgValidator.builder().referenceDate(LocalDate.of(2019, 7, 1))
        .build().validate(weespComplex()).getFindings());
  }

  /** Brielle as the area of every other kind of document, judged at its own date. */
  private static final Area BRIELLE =
      Area.builder().from(GemeenteA.vision().getArea()).code("GM0501").build();

  /** Each kind of document of the cycle for Brielle, dated {@code on} by its own date. */
  private static Map<String, Object> documentsFor(LocalDate on) {
    return Map.of(
        "analysis", AnalysisDocument.builder().from(CycleDocuments.analysis()).area(BRIELLE)
            .publishedOn(on).build(),
        "agreements", AgreementsDocument.builder().from(CycleDocuments.agreements())
            .area(BRIELLE).signedOn(on).build(),
        "covenant", CovenantDocument.builder().from(CycleDocuments.covenant()).area(BRIELLE)
            .signedOn(on).build(),
        "programme", ProgrammeDocument.builder().from(CycleDocuments.programme()).area(BRIELLE)
            .adoptedOn(on).build(),
        "monitor", MonitorReport.builder().from(CycleDocuments.monitor()).area(BRIELLE)
            .publishedOn(on).build());
  }

  @Test
  void everyKindOfDocumentIsJudgedAtItsOwnDate() {
    documentsFor(LocalDate.of(2022, 12, 31)).forEach((kind, document) ->
        assertEquals(List.of(), codeFindings(DUTCH.validate(document)), kind));
    documentsFor(LocalDate.of(2023, 1, 1)).forEach((kind, document) ->
        assertEquals(List.of("WZ-AREA-05 at /area/code: Gemeentecode GM0501 (Brielle) geldt niet"
                + " meer op 2023-01-01: de gemeente is per 2023-01-01 opgeheven en opgegaan in"
                + " GM1992 Voorne aan Zee."),
            codeFindings(DUTCH.validate(document)), kind));
  }

  @Test
  void aDocumentsPartyIdentifiersAndAreasAreCheckedToo() {
    AgreementsDocument agreements = AgreementsDocument.builder()
        .from(CycleDocuments.agreements()).signedOn(LocalDate.of(2024, 3, 14))
        .addAreas(Area.builder().id("gemeente-weesp").name("Weesp").type(AreaType.GEMEENTE)
            .code("GM0457").build())
        .addParties(Party.builder().id("gemeente-haaren").name("Gemeente Haaren")
            .type(PartyType.GEMEENTE)
            .addIdentifiers(PartyIdentifier.of(IdentifierScheme.CBS_GEMEENTECODE, "GM0788"))
            .build())
        .build();
    int areas = agreements.getAreas().size();
    int parties = agreements.getParties().size();

    assertEquals(List.of("WZ-AREA-05 at /areas/" + (areas - 1) + "/code",
        "WZ-AREA-05 at /parties/" + (parties - 1) + "/identifiers/0/value"),
        pointers(DUTCH.validate(agreements)));
  }

  @Test
  void aDocumentWithoutItsOwnDateIsJudgedAtItsPeriodThenThePeildatum() {
    // Brielle went on 1 January 2023: a programme for 2022-2025 not yet adopted may name it.
    ProgrammeDocument draft = ProgrammeDocument.builder().from(CycleDocuments.programme())
        .area(BRIELLE).build();
    assertEquals(Optional.empty(), draft.getAdoptedOn());
    assertEquals(List.of(), pointers(DUTCH.validate(draft)));
    assertEquals(List.of("WZ-AREA-05 at /area/code"), pointers(DUTCH.validate(
        ProgrammeDocument.builder().from(draft).period(YearPeriod.of(2023, 2026)).build())));

    // An analysis with neither a publication date nor a period: the peildatum, else 2024-01-01.
    AnalysisDocument undated = AnalysisDocument.builder().from(CycleDocuments.analysis())
        .area(BRIELLE).publishedOn(Optional.empty()).period(Optional.empty()).build();
    assertEquals(List.of(), pointers(WoonzorgValidator.builder()
        .referenceDate(LocalDate.of(2022, 6, 1)).build().validate(undated)));
    assertEquals(List.of("WZ-AREA-05 at /area/code"), pointers(DUTCH.validate(undated)));
  }

  /** Gemeente A as Voorne aan Zee, with Dijk en Waard as a party, adopted on {@code adoptedOn}. */
  private static HousingCareVision voorneAanZee(LocalDate adoptedOn) {
    return Fixtures.vision(v -> v
        .adoptedOn(adoptedOn)
        .period(YearPeriod.of(adoptedOn.getYear(), 2030))
        .area(Area.builder().from(GemeenteA.vision().getArea()).code("GM1992").build())
        .addParties(Party.builder().id("gemeente-dijk-en-waard").name("Gemeente Dijk en Waard")
            .type(PartyType.GEMEENTE)
            .addIdentifiers(PartyIdentifier.of(IdentifierScheme.CBS_GEMEENTECODE, "GM1980"))
            .build()));
  }

  @Test
  void aVisionOf2019NamingGemeentenCreatedLaterIsToldTheGemeentenOfThatTime() {
    Report report = DUTCH.validate(voorneAanZee(LocalDate.of(2019, 6, 27)));

    assertEquals(List.of(
        "WZ-AREA-06 at /area/code: Gemeentecode GM1992 (Voorne aan Zee) geldt nog niet op"
            + " 2019-06-27: de gemeente is pas per 2023-01-01 ingesteld, in de plaats van"
            + " GM0501 Brielle, GM0530 Hellevoetsluis, GM0614 Westvoorne.",
        "WZ-AREA-06 at /parties/6/identifiers/0/value: Gemeentecode GM1980 (Dijk en Waard)"
            + " geldt nog niet op 2019-06-27: de gemeente is pas per 2022-01-01 ingesteld, in de"
            + " plaats van GM0398 Heerhugowaard, GM0416 Langedijk."),
        codeFindings(report));
    assertEquals(List.of(
        "WZ-AREA-06 at /area/code: Municipality code GM1992 (Voorne aan Zee) does not yet hold"
            + " on 2019-06-27: the municipality was created on 2023-01-01, in place of GM0501"
            + " Brielle, GM0530 Hellevoetsluis, GM0614 Westvoorne.",
        "WZ-AREA-06 at /parties/6/identifiers/0/value: Municipality code GM1980 (Dijk en Waard)"
            + " does not yet hold on 2019-06-27: the municipality was created on 2022-01-01, in"
            + " place of GM0398 Heerhugowaard, GM0416 Langedijk."),
        codeFindings(ENGLISH.validate(voorneAanZee(LocalDate.of(2019, 6, 27)))));
    Finding voorne = report.getFindings().stream()
        .filter(f -> f.getRuleId().equals("WZ-AREA-06")).findFirst().orElseThrow();
    assertEquals(Optional.of("GM1992"), voorne.getValue());
    assertEquals(Optional.of("een gemeentecode die op 2019-06-27 geldt: GM0501 Brielle,"
        + " GM0530 Hellevoetsluis, GM0614 Westvoorne"), voorne.getExpected());
    assertEquals(Map.of("municipalityCode", "GM1992", "municipalityName", "Voorne aan Zee",
        "establishedOn", "2023-01-01",
        "predecessors", "GM0501 Brielle, GM0530 Hellevoetsluis, GM0614 Westvoorne",
        "asOf", "2019-06-27"), voorne.getArguments());
  }

  @Test
  void aCreatedCodeHoldsFromTheDayOfTheReorganisation() {
    assertEquals(List.of("WZ-AREA-06 at /area/code"),
        pointers(DUTCH.validate(voorneAanZee(LocalDate.of(2022, 12, 31)))).stream()
            .filter(p -> !p.startsWith("WZ-AREA-02")).toList());
    assertEquals(List.of(), codeFindings(DUTCH.validate(voorneAanZee(LocalDate.of(2023, 1, 1)))));
    assertEquals(List.of(), codeFindings(DUTCH.validate(voorneAanZee(LocalDate.of(2024, 3, 14)))));
  }

  @Test
  void aRecordWithACreatedCodeIsJudgedAtThePeildatum() {
    Building voorneComplex =
        Fixtures.building().municipalityCode("GM1992").districtCode("WK199201").build();

    assertEquals(List.of("WZ-AREA-06 at /municipalityCode: Gemeentecode GM1992 (Voorne aan Zee)"
            + " geldt nog niet op 2022-12-31: de gemeente is pas per 2023-01-01 ingesteld, in de"
            + " plaats van GM0501 Brielle, GM0530 Hellevoetsluis, GM0614 Westvoorne."),
        codeFindings(WoonzorgValidator.builder().referenceDate(LocalDate.of(2022, 12, 31))
            .build().validate(voorneComplex)));
    assertEquals(List.of(), WoonzorgValidator.builder().referenceDate(LocalDate.of(2023, 1, 1))
        .build().validate(voorneComplex).getFindings());
    assertEquals(List.of(), DUTCH.validate(voorneComplex).getFindings());
    assertEquals(List.of("WZ-AREA-06 at /municipalityCode"), pointers(WoonzorgValidator.builder()
        .referenceDate(LocalDate.of(2019, 1, 1)).build().validate(Fixtures.dwelling()
            .municipalityCode("GM1992").districtCode("WK199201").build())));
  }

  @Test
  void aGemeenteThatKeptItsCodeHasNoStart() {
    // Groningen took in Ten Boer and Haren in 2019 and kept GM0014.
    assertEquals(List.of(), pointers(WoonzorgValidator.builder()
        .referenceDate(LocalDate.of(2015, 1, 1)).build().validate(Fixtures.dwelling()
            .municipalityCode("GM0014").districtCode("WK001401").build())));
  }

  private static List<String> pointers(Report report) {
    return report.getFindings().stream()
        .filter(f -> f.getRuleId().startsWith("WZ-AREA"))
        .map(f -> f.getRuleId() + " at " + f.getLocation())
        .toList();
  }
}
