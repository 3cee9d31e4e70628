package nl.woonzorg.analysis.gap;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.woonzorg.analysis.number.Fraction;
import nl.woonzorg.analysis.population.Count;
import nl.woonzorg.analysis.population.PopulationMeasure;
import nl.woonzorg.analysis.region.AreaHierarchy;
import nl.woonzorg.analysis.region.Region;
import nl.woonzorg.analysis.region.RegionKind;
import nl.woonzorg.analysis.supply.CategoryTally;
import nl.woonzorg.analysis.supply.StockClassification;
import nl.woonzorg.model.area.AreaType;
import nl.woonzorg.model.dwelling.Dwelling;
import nl.woonzorg.model.vera.HousingForm;
import org.junit.jupiter.api.Test;

/**
 * Rows rolled up to a region that is not a level of the hierarchy — a zorgkantoorregio given by
 * the user — and to a bundled province: Zeewolde's worked case (see {@link Zeewolde}) and one wijk
 * of Almere (GM0034), 8,000 people of whom 1,000 are 65 or over, with 50 clustered homes.
 */
class RegionRollUpTest {

  private static final GapEngine ENGINE =
      GapEngine.of(AreaHierarchy.netherlands(), List.of(Zeewolde.CLUSTERED_23));

  private static GapAnalysis zeewoldeAndAlmere() {
    List<Dwelling> homes = new ArrayList<>();
    Zeewolde.homes(homes, "WK005000", 100, HousingForm.GECLUSTERDE_WOONVORM);
    Zeewolde.homes(homes, "WK005000", 300, null);
    Zeewolde.homes(homes, "WK005001", 250, HousingForm.GECLUSTERDE_WOONVORM);
    Zeewolde.homes(homes, "WK003400", 50, HousingForm.GECLUSTERDE_WOONVORM);
    CategoryTally.Builder stock = CategoryTally.builder(AreaType.WIJK,
        StockClassification.defaults());
    homes.forEach(stock::add);
    return ENGINE.compute(Zeewolde.population(Zeewolde.wijk("WK003400", 8_000, Count.of(1_000))),
        stock.build());
  }

  private static GapRow gemeente(GapAnalysis analysis, String code) {
    return analysis.row(code, "GECLUSTERD", 2024, null).orElseThrow();
  }

  /** Demand 690 + 230 and supply 350 + 50: the region's row is its gemeenten's, summed exactly. */
  @Test
  void aZorgkantoorregioRowIsTheExactSumOfItsGemeenten() {
    GapAnalysis analysis = zeewoldeAndAlmere();
    // Illustrative: a region the user gives; the bundled lists hold no zorgkantoorregio.
    Region region = Region.of(RegionKind.ZORGKANTOORREGIO, "Voorbeeldregio",
        List.of("GM0050", "GM0034"));
    List<GapRow> rows = analysis.rows(region);
    assertEquals(1, rows.size());
    GapRow sum = rows.get(0);
    assertEquals("Voorbeeldregio", sum.areaCode());
    assertEquals(AreaType.REGIO, sum.level());
    assertEquals(Set.of("GM0034", "GM0050"), sum.children());
    GapRow zeewolde = gemeente(analysis, "GM0050");
    GapRow almere = gemeente(analysis, "GM0034");
    assertEquals(Amount.exact(Fraction.of(690)), zeewolde.demand());
    assertEquals(Amount.exact(Fraction.of(230)), almere.demand());
    assertEquals(Amount.exact(Fraction.of(920)), sum.demand());
    assertEquals(zeewolde.demand().plus(almere.demand()), sum.demand());
    assertEquals(Amount.exact(Fraction.of(400)), sum.supply());
    assertEquals(zeewolde.supply().plus(almere.supply()), sum.supply());
    assertEquals(Amount.exact(Fraction.of(520)), sum.gap());
    assertEquals(Amount.exact(Fraction.of(23_000)), sum.population(PopulationMeasure.INWONERS));
    assertEquals(Amount.exact(Fraction.of(700)), sum.homes());
    // Both gemeenten lie in Flevoland, so the hierarchy's own province row agrees.
    GapRow flevoland = analysis.row("PV24", "GECLUSTERD", 2024, null).orElseThrow();
    assertEquals(flevoland.demand(), sum.demand());
    assertEquals(flevoland.supply(), sum.supply());
  }

  /**
   * The bundled province Flevoland has six gemeenten; the four without data are missing from the
   * sum, which is therefore partial and has no exact value, rather than short in silence.
   */
  @Test
  void aRegionWithGemeentenWithoutDataIsPartialAndSaysWhich() {
    GapAnalysis analysis = zeewoldeAndAlmere();
    GapRow sum = analysis.rows(Region.of(AreaHierarchy.netherlands(), "PV24")).get(0);
    assertEquals("PV24", sum.areaCode());
    assertEquals(Optional.empty(), sum.demand().exactValue());
    assertEquals(Set.of("GM0171", "GM0184", "GM0303", "GM0995"), sum.demand().missingAreas());
    assertEquals(Set.of("GM0171", "GM0184", "GM0303", "GM0995"), sum.supply().missingAreas());
    assertEquals(Optional.of(Fraction.of(920)), sum.demand().value());
  }
}
