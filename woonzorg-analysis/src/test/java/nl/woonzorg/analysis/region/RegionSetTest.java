package nl.woonzorg.analysis.region;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Regions given by the user in a file, and COROP regions and provinces from the bundled lists. */
class RegionSetTest {

  private static RegionSet parse(String text) {
    return RegionSet.parse("regio.csv", new StringReader(text));
  }

  private static String problem(String text) {
    return assertThrows(RegionFileException.class, () -> parse(text)).getMessage();
  }

  @Test
  void aFileGivesItsRegionsInOrderWithTheirGemeenten() {
    RegionSet regions = parse(RegionSet.HEADER + "\n"
        + "ZORGKANTOORREGIO,Voorbeeld Noord,GM0037\n"
        + "\n"
        + "EIGEN,\"Kernen A, B en \"\"C\"\"\",GM0014\n"
        + "ZORGKANTOORREGIO,Voorbeeld Noord,GM0014\n");

    assertEquals(List.of("Voorbeeld Noord", "Kernen A, B en \"C\""),
        regions.regions().stream().map(Region::name).toList());
    Region noord = regions.find("Voorbeeld Noord").orElseThrow();
    assertEquals(RegionKind.ZORGKANTOORREGIO, noord.kind());
    assertEquals(Set.of("GM0014", "GM0037"), noord.municipalities());
    assertEquals(Optional.empty(), regions.find("Zuid"));
    assertEquals(Set.of(), regions.unknownIn(AreaHierarchy.netherlands()));
  }

  @Test
  void eachProblemSaysWhereAndWhat() {
    assertEquals("regio.csv:1:1: expected the header 'soort,regio,gemeentecode', found"
        + " 'kind,region,code'", problem("kind,region,code\n"));
    assertEquals("regio.csv:2:1: expected a kind of region (COROP, PROVINCIE, ZORGKANTOORREGIO,"
        + " WOONDEALREGIO, EIGEN), found 'ZORGKANTOOR'",
        problem(RegionSet.HEADER + "\nZORGKANTOOR,Noord,GM0014\n"));
    assertEquals("regio.csv:2:26: expected a gemeentecode (GMnnnn), found '0014'",
        problem(RegionSet.HEADER + "\nWOONDEALREGIO,Noord-Oost,0014\n"));
    assertEquals("regio.csv:3:1: region Noord is EIGEN on line 2, not WOONDEALREGIO",
        problem(RegionSet.HEADER + "\nEIGEN,Noord,GM0014\nWOONDEALREGIO,Noord,GM0037\n"));
    assertEquals("regio.csv:3:13: GM0014 is listed twice in region Noord",
        problem(RegionSet.HEADER + "\nEIGEN,Noord,GM0014\nEIGEN,Noord,GM0014\n"));
    assertEquals("regio.csv:2:7: a quote opened here is not closed",
        problem(RegionSet.HEADER + "\nEIGEN,\"Noord,GM0014\n"));
    assertEquals("regio.csv:2:1: expected 3 fields (soort,regio,gemeentecode), found 2",
        problem(RegionSet.HEADER + "\nEIGEN,GM0014\n"));
  }

  /** A code of another year's indeling is read, and listed as unknown to the bundled list. */
  @Test
  void codesTheBundledListDoesNotHoldAreListed() {
    RegionSet regions = parse(RegionSet.HEADER + "\nEIGEN,Oud,GM0003\nEIGEN,Oud,GM0014\n");
    assertEquals(Set.of("GM0003"), regions.unknownIn(AreaHierarchy.netherlands()));
  }

  /** For regions that sum an analysis over a hierarchy, such a code is refused where it stands. */
  @Test
  void codesTheHierarchyGivenDoesNotHoldAreRefusedAtTheirLineAndColumn() {
    String text = RegionSet.HEADER + "\nEIGEN,Oud,GM0014\n\nEIGEN,Oud,GM0003\n";
    RegionFileException e = assertThrows(RegionFileException.class, () -> RegionSet.parse(
        "regio.csv", new StringReader(text), AreaHierarchy.netherlands()));
    assertEquals(List.of(4, 11), List.of(e.line(), e.column()));
    assertEquals("regio.csv:4:11: unknown area code 'GM0003': no gemeente of the 342 gemeenten"
        + " of 1 January 2024 has it", e.getMessage());
  }

  /** Province Groningen (PV20) holds the ten gemeenten of its three COROP regions in 2024. */
  @Test
  void coropRegionsAndProvincesComeFromTheBundledHierarchy() {
    AreaHierarchy nl = AreaHierarchy.netherlands();
    Region groningen = Region.of(nl, "PV20");
    assertEquals(RegionKind.PROVINCIE, groningen.kind());
    assertEquals(10, groningen.municipalities().size());
    Region oost = Region.of(nl, "CR01");
    assertEquals(RegionKind.COROP, oost.kind());
    assertEquals(Set.of("GM0037", "GM0047", "GM0765", "GM1895", "GM1950"), oost.municipalities());
    assertEquals("'GM0014' is not a COROP region (CRnn) or a province (PVnn)",
        assertThrows(IllegalArgumentException.class, () -> Region.of(nl, "GM0014"))
            .getMessage());
  }

  /**
   * The bundled set: 40 COROP regions and 12 provinces of 2024, each gemeente in exactly one of
   * each kind; Flevoland (PV24) and Zaanstreek (CR22) with their gemeenten as CBS lists them.
   */
  @Test
  void theBundledSetHasEveryCoropRegionAndProvinceEachGemeenteInOneOfEach() {
    RegionSet bundled = RegionSet.bundled();
    assertEquals(52, bundled.regions().size());
    assertEquals(40, bundled.regions(RegionKind.COROP).size());
    assertEquals(12, bundled.regions(RegionKind.PROVINCIE).size());
    assertEquals(List.of(), bundled.regions(RegionKind.ZORGKANTOORREGIO));
    for (RegionKind kind : List.of(RegionKind.COROP, RegionKind.PROVINCIE)) {
      Map<String, Integer> times = new TreeMap<>();
      bundled.regions(kind).forEach(region -> region.municipalities()
          .forEach(code -> times.merge(code, 1, Integer::sum)));
      assertEquals(AreaHierarchy.netherlands().municipalities(), times.keySet(), kind.name());
      assertEquals(Set.of(1), Set.copyOf(times.values()), kind.name());
    }
    Region flevoland = bundled.find("PV24").orElseThrow();
    assertEquals("Flevoland", flevoland.label());
    // Almere, Zeewolde, Noordoostpolder, Urk, Dronten, Lelystad.
    assertEquals(Set.of("GM0034", "GM0050", "GM0171", "GM0184", "GM0303", "GM0995"),
        flevoland.municipalities());
    Region zaanstreek = bundled.find("CR22").orElseThrow();
    assertEquals(RegionKind.COROP, zaanstreek.kind());
    assertEquals("Zaanstreek", zaanstreek.label());
    assertEquals(Set.of("GM0479", "GM0880"), zaanstreek.municipalities()); // Zaanstad, Wormerland
  }

  /** A region is found by its code, or by its label ignoring case; a repeated label is not chosen. */
  @Test
  void aRegionIsLookedUpByCodeOrLabelAndARepeatedLabelGivesBoth() {
    RegionSet bundled = RegionSet.bundled();
    assertEquals(List.of("CR23"), bundled.lookup("groot-amsterdam").stream().map(Region::name)
        .toList());
    assertEquals(List.of("PV21"), bundled.lookup("PV21").stream().map(Region::name).toList());
    assertEquals("Fryslân", bundled.lookup("PV21").get(0).label());
    assertEquals(List.of("CR17", "PV26"), bundled.lookup("Utrecht").stream().map(Region::name)
        .toList());
    assertEquals(List.of(), bundled.lookup("Zorgkantoor Utrecht"));
  }
}
