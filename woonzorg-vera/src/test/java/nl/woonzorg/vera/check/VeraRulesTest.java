package nl.woonzorg.vera.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import nl.woonzorg.model.report.Finding;
import org.junit.jupiter.api.Test;

/** Each rule of the profile on a small broken unit: exactly one finding, worded in nl and en. */
class VeraRulesTest {

  private static final LocalDate PEILDATUM = LocalDate.of(2024, 7, 1);
  private static final String ADDRESS = "\"adres\": {\"straatnaam\": \"Coolsingel\"}";

  private static Finding only(String json, Locale locale) {
    List<Finding> findings = VeraChecker.of(locale).check(json, PEILDATUM).getFindings();
    assertEquals(1, findings.size(), findings::toString);
    return findings.get(0);
  }

  private static void assertFinding(String json, String ruleId, String pointer, String position,
      String dutch, String english) {
    Finding nl = only(json, Locale.forLanguageTag("nl"));
    assertEquals(ruleId, nl.getRuleId());
    assertEquals(pointer, nl.getLocation().toString());
    assertEquals(position, nl.getPosition().orElseThrow().toString());
    assertEquals(dutch, nl.getMessage());
    assertEquals(english, only(json, Locale.ENGLISH).getMessage());
  }

  @Test
  void aUnitWithoutIdLacksARequiredAttribute() {
    assertFinding("{\"soort\": {\"code\": \"WOO\"}, " + ADDRESS + "}", "WZ-VERA-REQUIRED", "",
        "1:1", "Attribuut id ontbreekt.", "Attribute id is missing.");
  }

  @Test
  void aWoonruimteWithoutAddressLacksARequiredAttribute() {
    assertFinding("{\"id\": \"1\", \"soort\": {\"code\": \"WOO\"}}", "WZ-VERA-REQUIRED", "",
        "1:1", "Attribuut adres ontbreekt.", "Attribute adres is missing.");
  }

  @Test
  void aUnitWithoutKindOrHousingSystemLacksItsKind() {
    assertFinding("{\"id\": \"1\"}", "WZ-VERA-REQUIRED", "", "1:1",
        "Attribuut soort ontbreekt.", "Attribute soort is missing.");
  }

  @Test
  void aCodeOutsideTheBoundListIsUnknown() {
    assertFinding("{\"id\": \"1\", \"soort\": {\"code\": \"WOO\"}, " + ADDRESS
        + ",\n \"woonvorm\": {\"code\": \"XYZ\"}}", "WZ-VERA-CODE-UNKNOWN", "/woonvorm/code",
        "2:23", "Code XYZ staat niet in referentielijst WOONVORM van Eenheid.woonvorm.",
        "Code XYZ is not in code list WOONVORM of Eenheid.woonvorm.");
  }

  @Test
  void aCodeEndedBeforeThePeildatumIsNotValid() {
    assertFinding("{\"id\": \"1\", \"soort\": {\"code\": \"WOO\"}, " + ADDRESS
        + ", \"doelgroep\": {\"code\": \"MEE\"}}", "WZ-VERA-CODE-VALIDITY", "/doelgroep/code",
        "1:100", "Code MEE van DOELGROEP is op peildatum 2024-07-01 niet geldig (geldig … –"
            + " 2023-10-06).",
        "Code MEE of DOELGROEP is not valid at peildatum 2024-07-01 (valid … – 2023-10-06).");
  }

  @Test
  void aDetailKindMustRefineTheKind() {
    assertFinding("{\"id\": \"1\", \"soort\": {\"code\": \"WOO\"}, " + ADDRESS
        + ", \"detailSoort\": {\"code\": \"KIN\"}}", "WZ-VERA-DETAILSOORT", "/detailSoort/code",
        "1:102", "Detailsoort KIN hoort niet bij soort WOO maar bij BED.",
        "Detail kind KIN does not belong to kind WOO but to BED.");
  }

  @Test
  void aListTheReferenceDataLacksIsUnknownNotTheCode() {
    assertFinding("{\"id\": \"1\", \"soort\": {\"code\": \"WOO\"}, " + ADDRESS
        + ", \"vestiging\": {\"code\": \"ROT\"}}", "WZ-VERA-LIST-UNKNOWN", "/vestiging/code",
        "1:100", "Referentielijst VESTIGING van Eenheid.vestiging ontbreekt in de meegeleverde"
            + " referentiedata; code ROT is niet gecontroleerd.",
        "Code list VESTIGING of Eenheid.vestiging is missing from the bundled reference data;"
            + " code ROT was not checked.");
  }

  @Test
  void aFiveDigitBuildingYearFailsTheSpecsRegex() {
    assertFinding("{\"id\": \"1\", \"soort\": {\"code\": \"WOO\"}, " + ADDRESS
        + ", \"bouwjaar\": 19970}", "WZ-VERA-PATTERN", "/bouwjaar", "1:90",
        "De waarde van bouwjaar voldoet niet aan de validatie-regex ^(\\d{1,4})?$.",
        "The value of bouwjaar does not match the validation regex ^(\\d{1,4})?$.");
  }

  @Test
  void aHousingSystemMakesAWoonruimteWithoutKind() {
    assertEquals(List.of(), VeraChecker.of(Locale.ENGLISH).check("{\"id\": \"1\", "
        + "\"woningwaarderingstelsel\": {\"code\": \"ZEL\"}, " + ADDRESS + "}", PEILDATUM)
        .getFindings());
  }

  @Test
  void everyBoundListTheDataLacksIsNamed() {
    assertEquals(Set.of("GEBRUIKERSDOEL", "LAND", "MARKTLABEL", "PANDSTATUS",
        "SAMENWERKINGSVERBAND", "SELECTIECRITERIA", "TAXATIESOORT", "VESTIGING",
        "VOORRANGSCRITERIA", "WONINGWAARDERINGSOORT"), ReferenceLists.bundled().unknownLists());
  }

  @Test
  void aCodeOfANestedEntityIsCheckedAgainstItsOwnListAtItsOwnPointer() {
    assertFinding("{\"id\": \"1\", \"soort\": {\"code\": \"WOO\"}, " + ADDRESS
        + ",\n \"ruimten\": [{\"soort\": {\"code\": \"VTK\"}},\n  {\"detailSoort\": {\"code\":"
        + " \"TRH\"}}]}", "WZ-VERA-CODE-UNKNOWN", "/ruimten/1/detailSoort/code", "3:28",
        "Code TRH staat niet in referentielijst RUIMTEDETAILSOORT van Ruimte.detailSoort.",
        "Code TRH is not in code list RUIMTEDETAILSOORT of Ruimte.detailSoort.");
  }

  @Test
  void theWalkGoesDeeperThanOneLevel() {
    assertFinding("{\"id\": \"1\", \"soort\": {\"code\": \"WOO\"}, " + ADDRESS
        + ", \"bouwdelen\": [{\"bouwkundigeElementen\": [{\"soort\": {\"code\": \"XX\"}}]}]}",
        "WZ-VERA-CODE-UNKNOWN", "/bouwdelen/0/bouwkundigeElementen/0/soort/code", "1:137",
        "Code XX staat niet in referentielijst BOUWKUNDIGELEMENTSOORT van"
            + " BouwkundigElement.soort.",
        "Code XX is not in code list BOUWKUNDIGELEMENTSOORT of BouwkundigElement.soort.");
  }

  @Test
  void theListFormIsCheckedUnitByUnitWithPointersAndLinesInTheWholeDocument() {
    List<Finding> findings = VeraChecker.of(Locale.ENGLISH).checkList("[{\"id\": \"1\","
        + " \"soort\": {\"code\": \"WOO\"}, " + ADDRESS + "},\n {\"soort\": {\"code\": \"WOO\"}, "
        + ADDRESS + ", \"woonvorm\": {\"code\": \"XYZ\"}}]", PEILDATUM).getFindings();

    assertEquals(List.of("WZ-VERA-REQUIRED /1 2:2", "WZ-VERA-CODE-UNKNOWN /1/woonvorm/code 2:89"),
        findings.stream().map(f -> f.getRuleId() + " " + f.getLocation() + " "
            + f.getPosition().orElseThrow()).toList());
  }

  @Test
  void aUnitAddressAlsoHasTheBindingsOfItsKind() {
    assertFinding("{\"id\": \"1\", \"soort\": {\"code\": \"WOO\"}, \"adres\": {\"soort\":"
        + " {\"code\": \"EEN\"}, \"provincie\": {\"code\": \"XX\"}}}", "WZ-VERA-CODE-UNKNOWN",
        "/adres/provincie/code", "1:97",
        "Code XX staat niet in referentielijst PROVINCIE van Eenheidadres.provincie.",
        "Code XX is not in code list PROVINCIE of Eenheidadres.provincie.");
  }
}
