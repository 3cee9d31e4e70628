package nl.woonzorg.model.area;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.StringReader;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MunicipalitiesTest {

  @Test
  void listsThe342GemeentenOf2024OnceEachInCodeOrder() {
    List<Municipality> all = Municipalities.all();

    assertEquals(342, all.size());
    Set<String> codes = new HashSet<>();
    all.forEach(m -> codes.add(m.getCode()));
    assertEquals(342, codes.size());
    assertEquals("GM0014", all.get(0).getCode());
    assertEquals("GM1992", all.get(341).getCode());
    for (int i = 1; i < all.size(); i++) {
      String code = all.get(i).getCode();
      assertTrue(all.get(i - 1).getCode().compareTo(code) < 0, code);
    }
    assertEquals(40, all.stream().map(Municipality::getCoropCode).distinct().count());
    assertEquals(2024, Municipalities.referenceYear());
  }

  @Test
  void findsAmsterdamAndGroningenWithTheirCoropRegion() {
    assertEquals(
        Municipality.of("GM0363", "Amsterdam", "CR23", "Groot-Amsterdam"),
        Municipalities.get("GM0363"));
    assertEquals(
        Optional.of(Municipality.of("GM0014", "Groningen", "CR03", "Overig Groningen")),
        Municipalities.find("GM0014"));
  }

  @Test
  void readsQuotedNamesAndNamesBeyondAscii() {
    assertEquals("Nuenen, Gerwen en Nederwetten", Municipalities.get("GM0820").getName());
    assertEquals("Súdwest-Fryslân", Municipalities.get("GM1900").getName());
    assertEquals("'s-Hertogenbosch", Municipalities.get("GM0796").getName());
  }

  @Test
  void reflectsTheMergersUpTo2024() {
    assertEquals("Voorne aan Zee", Municipalities.get("GM1992").getName());
    assertEquals("Land van Cuijk", Municipalities.get("GM1982").getName());
    assertEquals("Dijk en Waard", Municipalities.get("GM1980").getName());
    assertFalse(Municipalities.isKnown("GM0501"), "Brielle merged into Voorne aan Zee in 2023");
    assertFalse(Municipalities.isKnown("GM0530"), "Hellevoetsluis merged into Voorne aan Zee");
    assertFalse(Municipalities.isKnown("GM0614"), "Westvoorne merged into Voorne aan Zee");
    assertFalse(Municipalities.isKnown("GM0457"), "Weesp merged into Amsterdam in 2022");
  }

  @Test
  void anUnknownCodeIsNamedWithTheReferenceDate() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Municipalities.get("GM9999"));

    assertEquals(
        "unknown CBS gemeentecode 'GM9999': not one of the 342 gemeenten of 1 January 2024",
        e.getMessage());
    assertEquals(Optional.empty(), Municipalities.find("gm0363"));
    assertFalse(Municipalities.isKnown("0363"));
    assertTrue(Municipalities.isKnown("GM0363"));
  }

  @Test
  void theListCannotBeChanged() {
    Municipality amsterdam = Municipalities.get("GM0363");
    assertThrows(
        UnsupportedOperationException.class, () -> Municipalities.all().add(amsterdam));
  }

  @Test
  void aDistrictCodeStartsWithItsMunicipalitysDigits() {
    assertTrue(Municipalities.isDistrictOf("WK036300", "GM0363"));
    assertTrue(Municipalities.isDistrictOf("WK001412", "GM0014"));
    assertFalse(Municipalities.isDistrictOf("WK036400", "GM0363"));
    assertFalse(Municipalities.isDistrictOf("WK03630", "GM0363"), "too short");
    assertFalse(Municipalities.isDistrictOf("BU03630000", "GM0363"), "not a district code");
    assertFalse(Municipalities.isDistrictOf("WK036300", "0363"), "not a municipality code");
  }

  @Test
  void aNeighbourhoodCodeStartsWithItsDistrictsDigits() {
    assertTrue(Municipalities.isNeighbourhoodOf("BU03630001", "WK036300"));
    assertFalse(Municipalities.isNeighbourhoodOf("BU03630101", "WK036300"));
    assertFalse(Municipalities.isNeighbourhoodOf("BU0363000", "WK036300"), "too short");
    assertFalse(Municipalities.isNeighbourhoodOf("BU03630001", "GM0363"), "not a district code");
  }

  @Test
  void aMunicipalityBecomesAnAreaIdentifiedByItsCode() {
    assertEquals(
        Area.municipality("GM0363", "Amsterdam"), Municipalities.get("GM0363").toArea());
  }

  @Test
  void aMunicipalityCodeMustBeWellFormed() {
    IllegalStateException code = assertThrows(IllegalStateException.class,
        () -> Municipality.of("GM363", "Amsterdam", "CR23", "Groot-Amsterdam"));
    IllegalStateException corop = assertThrows(IllegalStateException.class,
        () -> Municipality.of("GM0363", "Amsterdam", "23", "Groot-Amsterdam"));

    assertEquals("a CBS gemeentecode is of the form GMnnnn, not 'GM363'", code.getMessage());
    assertEquals("a CBS COROP code is of the form CRnn, not '23'", corop.getMessage());
  }

  @Test
  void aMalformedLineIsReportedWithItsNumber() {
    String header = "gemeentecode_cbs,gemeentenaam,corop_code,corop_naam\n";

    IllegalStateException fields = assertThrows(IllegalStateException.class,
        () -> parse(header + "GM0014,Groningen,CR03,Overig Groningen\nGM0034,Almere,CR40\n"));
    IllegalStateException code = assertThrows(IllegalStateException.class,
        () -> parse(header + "GM34,Almere,CR40,Flevoland\n"));
    IllegalStateException quote = assertThrows(IllegalStateException.class,
        () -> parse(header + "GM0820,\"Nuenen, Gerwen,CR36,Zuidoost-Noord-Brabant\n"));
    IllegalStateException noHeader = assertThrows(IllegalStateException.class,
        () -> parse("GM0014,Groningen,CR03,Overig Groningen\n"));

    assertEquals("gemeenten_342_gm_corop.csv line 3: expected 4 fields, found 3:"
        + " GM0034,Almere,CR40", fields.getMessage());
    assertEquals("gemeenten_342_gm_corop.csv line 2: a CBS gemeentecode is of the form GMnnnn,"
        + " not 'GM34'", code.getMessage());
    assertEquals("gemeenten_342_gm_corop.csv line 2: unterminated quoted field:"
        + " GM0820,\"Nuenen, Gerwen,CR36,Zuidoost-Noord-Brabant", quote.getMessage());
    assertEquals("gemeenten_342_gm_corop.csv line 1: expected header"
        + " 'gemeentecode_cbs,gemeentenaam,corop_code,corop_naam',"
        + " found 'GM0014,Groningen,CR03,Overig Groningen'", noHeader.getMessage());
  }

  @Test
  void parsesEscapedQuotesAndCrLf() throws Exception {
    List<Municipality> parsed = parse("gemeentecode_cbs,gemeentenaam,corop_code,corop_naam\r\n"
        + "GM0001,\"Het \"\"Dorp\"\"\",CR01,Oost-Groningen\r\n\r\n");

    assertEquals(List.of(Municipality.of("GM0001", "Het \"Dorp\"", "CR01", "Oost-Groningen")),
        parsed);
  }

  private static List<Municipality> parse(String csv) throws Exception {
    return Municipalities.parse(new BufferedReader(new StringReader(csv)));
  }
}
