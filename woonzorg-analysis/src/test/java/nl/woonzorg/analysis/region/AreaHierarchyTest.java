package nl.woonzorg.analysis.region;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import nl.woonzorg.model.area.AreaType;
import nl.woonzorg.model.area.Municipalities;
import nl.woonzorg.model.area.Municipality;
import org.junit.jupiter.api.Test;

/** The bundled hierarchy of 1 January 2024, and generated ones, resolve codes to their parents. */
class AreaHierarchyTest {

  private final AreaHierarchy netherlands = AreaHierarchy.netherlands();

  @Test
  void aBuurtOfTheHagueLiesInItsWijkGemeenteCoropProvinceAndTheNetherlands() {
    // 's-Gravenhage is GM0518 in COROP region CR26, Agglomeratie 's-Gravenhage (the bundled list).
    assertEquals(List.of("WK051801", "GM0518", "CR26", "PV28", "NL00"),
        netherlands.ancestors("BU05180101"));
    assertEquals(AreaType.BUURT, netherlands.level("BU05180101"));
    assertEquals(Optional.of("GM0518"), netherlands.at(AreaType.GEMEENTE, "BU05180101"));
    assertEquals(Optional.of("PV28"), netherlands.at(AreaType.PROVINCIE, "WK051801"));
    assertEquals(Optional.empty(), netherlands.at(AreaType.WIJK, "GM0518"));
    assertEquals(Optional.of("'s-Gravenhage"), netherlands.name("GM0518"));
    assertEquals(Optional.of("Agglomeratie 's-Gravenhage"), netherlands.name("CR26"));
    assertEquals(Optional.of("Zuid-Holland"), netherlands.name("PV28"));
    assertEquals(Optional.empty(), netherlands.name("WK051801"));
    assertTrue(netherlands.isWithin("BU05180101", "PV28"));
    assertFalse(netherlands.isWithin("BU05180101", "PV27"));
    assertEquals(List.of(), netherlands.ancestors(AreaHierarchy.NETHERLANDS));
  }

  @Test
  void theBundledHierarchyHoldsEveryGemeenteCoropAndProvince() {
    assertEquals(342, netherlands.municipalities().size());
    assertEquals(40, netherlands.corops().size());
    assertEquals(12, netherlands.provinces().size());
    // Every province has at least one gemeente: no COROP region points at a stray province.
    assertEquals(netherlands.provinces(), netherlands.municipalities().stream()
        .map(code -> netherlands.at(AreaType.PROVINCIE, code).orElseThrow())
        .collect(Collectors.toCollection(TreeSet::new)));
  }

  /**
   * The province of each COROP region in {@code corop_provincie.csv} was typed by hand; CBS's
   * "Gebieden in Nederland 2026" (86247NED, as {@code gemeente_corop_provincie_cbs2026.csv} next
   * to this test; see the resources README) gives every gemeente's COROP region and province. The
   * 342 gemeenten of 2026 are those of 2024, each in the same COROP region, and each lies in the
   * province CBS says: one truth, checked against CBS.
   */
  @Test
  void everyGemeenteLiesInTheCoropRegionAndProvinceCbsGives() throws IOException {
    Map<String, List<String>> cbs = new TreeMap<>();
    try (InputStream in = getClass().getResourceAsStream("gemeente_corop_provincie_cbs2026.csv");
        BufferedReader reader = new BufferedReader(new InputStreamReader(
            Objects.requireNonNull(in, "CBS fixture"), StandardCharsets.UTF_8))) {
      assertEquals("gemeentecode,corop_code,provinciecode", reader.readLine());
      reader.lines().map(line -> line.split(",", -1))
          .forEach(fields -> cbs.put(fields[0], List.of(fields[1], fields[2])));
    }
    assertEquals(342, cbs.size());
    Map<String, List<String>> bundled = new TreeMap<>();
    netherlands.municipalities().forEach(code -> bundled.put(code, List.of(
        netherlands.at(AreaType.REGIO, code).orElseThrow(),
        netherlands.at(AreaType.PROVINCIE, code).orElseThrow())));
    assertEquals(cbs, bundled);
  }

  @Test
  void theCoropNamesAreTheModelListsOwn() {
    Map<String, String> fromModel = new TreeMap<>();
    for (Municipality municipality : Municipalities.all()) {
      fromModel.put(municipality.getCoropCode(), municipality.getCoropName());
    }
    Map<String, String> bundled = new TreeMap<>();
    netherlands.corops().forEach(code -> bundled.put(code, netherlands.name(code).orElseThrow()));
    assertEquals(fromModel, bundled);
  }

  @Test
  void anUnknownGemeenteIsRefusedWithItsReason() {
    UnknownAreaException unknown =
        assertThrows(UnknownAreaException.class, () -> netherlands.level("GM9999"));
    assertEquals("GM9999", unknown.getCode());
    assertEquals("unknown area code 'GM9999': no gemeente of the 342 gemeenten of 1 January 2024"
        + " has it", unknown.getMessage());
  }

  @Test
  void aWijkOfAnUnknownGemeenteIsUnknown() {
    // Weesp (GM0457) merged into Amsterdam in 2022; its old wijk codes are no longer valid.
    UnknownAreaException unknown =
        assertThrows(UnknownAreaException.class, () -> netherlands.parent("WK045701"));
    assertEquals("unknown area code 'WK045701': its gemeente GM0457 is not one of the 342"
        + " gemeenten of 1 January 2024", unknown.getMessage());
  }

  @Test
  void aMalformedCodeIsNotAnAreaCode() {
    UnknownAreaException unknown =
        assertThrows(UnknownAreaException.class, () -> netherlands.ancestors("GM05180"));
    assertEquals("'GM05180' is not a CBS area code: expected NL00, PVnn, CRnn, GMnnnn, WKnnnnnn"
        + " or BUnnnnnnnn", unknown.getMessage());
    assertFalse(netherlands.isKnown("PV99"));
    assertFalse(netherlands.isKnown("CR41"));
  }

  @Test
  void aGemeenteWhoseCoropIsMissingIsRefused() {
    AreaHierarchy.Builder builder = AreaHierarchy.builder().province("PV24", "Flevoland")
        .municipality(Municipality.of("GM0050", "Zeewolde", "CR40", "Flevoland"));
    IllegalStateException missing = assertThrows(IllegalStateException.class, builder::build);
    assertEquals("gemeente GM0050 lies in COROP region CR40, which was not added",
        missing.getMessage());
  }

  /**
   * For any gemeente code, COROP region and province, and any wijk and buurt numbers: a buurt
   * resolves to its wijk, gemeente, COROP region, province and the Netherlands, in that order.
   */
  @Test
  void generatedCodesResolveToTheirParents() {
    qt().forAll(integers().between(0, 9999), integers().between(1, 40),
            integers().between(20, 31), integers().between(0, 9999))
        .checkAssert((gemeente, corop, province, wijkAndBuurt) -> {
          String gm = String.format("GM%04d", gemeente);
          String cr = String.format("CR%02d", corop);
          String pv = "PV" + province;
          AreaHierarchy hierarchy = AreaHierarchy.builder().province(pv, "provincie")
              .corop(cr, "corop", pv).municipality(Municipality.of(gm, "gemeente", cr, "corop"))
              .build();
          String wk = String.format("WK%04d%02d", gemeente, wijkAndBuurt / 100);
          String bu = String.format("BU%s%02d", wk.substring(2), wijkAndBuurt % 100);

          assertEquals(List.of(wk, gm, cr, pv, AreaHierarchy.NETHERLANDS),
              hierarchy.ancestors(bu));
          assertEquals(Optional.of(wk), hierarchy.parent(bu));
          assertEquals(AreaType.BUURT, hierarchy.level(bu));
          assertEquals(AreaType.WIJK, hierarchy.level(wk));
          assertEquals(AreaType.REGIO, hierarchy.level(cr));
          assertTrue(hierarchy.isWithin(bu, gm));
        });
  }
}
