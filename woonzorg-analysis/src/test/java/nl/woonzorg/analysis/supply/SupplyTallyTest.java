package nl.woonzorg.analysis.supply;

import static nl.woonzorg.model.dwelling.ProgrammeCategory.GECLUSTERDE_WONING;
import static nl.woonzorg.model.dwelling.ProgrammeCategory.NULTREDENWONING;
import static nl.woonzorg.model.dwelling.ProgrammeCategory.ZORGGESCHIKTE_WONING;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import nl.woonzorg.model.document.DocumentType;
import nl.woonzorg.io.ndjson.NdjsonReader;
import nl.woonzorg.model.area.AreaType;
import nl.woonzorg.model.dwelling.Dwelling;
import nl.woonzorg.model.vera.AccessibilityLabel;
import nl.woonzorg.model.vera.HousingForm;
import nl.woonzorg.model.vera.UnitKind;
import org.junit.jupiter.api.Test;

/** The supply per programme category per area, on a street built by hand and a bundled stock. */
class SupplyTallyTest {

  private static final String CENTRUM = "WK034401";
  private static final String NOORD = "WK034402";

  /** Four homes in Centrum, one of each kind; two in Noord; one whose wijk is not recorded. */
  private static final List<Dwelling> STREET = List.of(
      home("zorg").districtCode(CENTRUM).housingForm(HousingForm.ZORGGESCHIKTE_WONING).build(),
      home("cluster").districtCode(CENTRUM).housingForm(HousingForm.GECLUSTERDE_WOONVORM).build(),
      home("nultrede").districtCode(CENTRUM)
          .accessibilityLabel(AccessibilityLabel.NULTREDENWONING).build(),
      home("gewoon").districtCode(CENTRUM).build(),
      home("noord-1").districtCode(NOORD)
          .accessibilityLabel(AccessibilityLabel.NULTREDENWONING).build(),
      home("noord-2").districtCode(NOORD)
          .accessibilityLabel(AccessibilityLabel.ROLSTOELWONING).build(),
      home("zonder-wijk").build());

  private static Dwelling.Builder home(String id) {
    return Dwelling.builder().id(id).unitKind(UnitKind.WOONRUIMTE).municipalityCode("GM0344");
  }

  @Test
  void eachHomeCountsOnceInItsWijkAndItsMostSpecificCategory() {
    SupplyTally tally = SupplyTally.of(AreaType.WIJK, STREET);

    assertEquals(AreaType.WIJK, tally.level());
    assertEquals(List.of(CENTRUM, NOORD), List.copyOf(tally.areas().keySet()));
    assertEquals(AreaSupply.of(
            Map.of(NULTREDENWONING, 1L, GECLUSTERDE_WONING, 1L, ZORGGESCHIKTE_WONING, 1L), 1L),
        tally.areas().get(CENTRUM));
    // A wheelchair home is zero-step too.
    assertEquals(AreaSupply.of(Map.of(NULTREDENWONING, 2L), 0L), tally.areas().get(NOORD));
    assertEquals(AreaSupply.of(Map.of(), 1L), tally.withoutArea());
  }

  @Test
  void perGemeenteTheWholeStreetIsOneArea() {
    SupplyTally tally = SupplyTally.of(AreaType.GEMEENTE, STREET);

    assertEquals(Map.of("GM0344", AreaSupply.of(
            Map.of(NULTREDENWONING, 3L, GECLUSTERDE_WONING, 1L, ZORGGESCHIKTE_WONING, 1L), 2L)),
        tally.areas());
    assertEquals(7L, tally.areas().get("GM0344").total());
    assertEquals(0L, tally.withoutArea().total());
  }

  @Test
  void perBuurtHomesWithoutABuurtCodeAreCountedApart() {
    SupplyTally tally = SupplyTally.of(AreaType.BUURT, STREET);

    assertEquals(Map.of(), tally.areas());
    assertEquals(7L, tally.withoutArea().total());
  }

  @Test
  void theCountsAreExactLongsEveryCategoryPresent() {
    AreaSupply supply = AreaSupply.of(Map.of(GECLUSTERDE_WONING, 3_000_000_000L), 7L);

    assertEquals(Map.of(NULTREDENWONING, 0L, GECLUSTERDE_WONING, 3_000_000_000L,
        ZORGGESCHIKTE_WONING, 0L), supply.byCategory());
    assertEquals(List.of(NULTREDENWONING, GECLUSTERDE_WONING, ZORGGESCHIKTE_WONING),
        List.copyOf(supply.byCategory().keySet()));
    assertEquals(3_000_000_007L, supply.total());
    assertThrows(ArithmeticException.class,
        () -> AreaSupply.of(Map.of(NULTREDENWONING, Long.MAX_VALUE), 1L).total());
    assertThrows(IllegalArgumentException.class, () -> AreaSupply.of(Map.of(), -1L));
  }

  @Test
  void aBuilderCountsOnAfterATallyIsTaken() {
    SupplyTally.Builder builder = SupplyTally.builder(AreaType.WIJK);
    SupplyTally first = builder.add(STREET.get(0)).build();
    SupplyTally both = builder.add(STREET.get(1)).build();

    assertEquals(1L, first.areas().get(CENTRUM).total());
    assertEquals(2L, both.areas().get(CENTRUM).total());
    assertEquals(SupplyTally.of(AreaType.WIJK, STREET.subList(0, 2)), both);
  }

  @Test
  void onlyTheLevelsADwellingRecordsCanBeCounted() {
    IllegalArgumentException refused =
        assertThrows(IllegalArgumentException.class, () -> SupplyTally.builder(AreaType.REGIO));
    assertEquals("a dwelling records the codes of its gemeente, wijk and buurt, so a supply is"
        + " counted per one of those, not per REGIO", refused.getMessage());
  }

  /** The figures the examples publish for their synthetic stock in four Utrecht wijken. */
  @Test
  void theBundledStockOfThreeHundredHomes() throws IOException {
    SupplyTally.Builder builder = SupplyTally.builder(AreaType.WIJK);
    try (InputStream in =
        Files.newInputStream(Path.of("..", "examples", "data", "dwelling-stock.ndjson"))) {
      NdjsonReader.of(DocumentType.DWELLING).read(in, builder::add);
    }
    SupplyTally tally = builder.build();

    assertEquals(Map.of(
            "WK034401", supply(22, 11, 4, 46),
            "WK034402", supply(24, 9, 3, 42),
            "WK034403", supply(16, 6, 3, 39),
            "WK034404", supply(18, 8, 7, 42)),
        tally.areas());
    assertEquals(AreaSupply.of(Map.of(), 0L), tally.withoutArea());
    assertEquals(300L,
        tally.areas().values().stream().mapToLong(AreaSupply::total).sum());
  }

  private static AreaSupply supply(long nultredenwoning, long geclusterd, long zorggeschikt,
      long outside) {
    return AreaSupply.of(Map.of(NULTREDENWONING, nultredenwoning, GECLUSTERDE_WONING, geclusterd,
        ZORGGESCHIKTE_WONING, zorggeschikt), outside);
  }
}
