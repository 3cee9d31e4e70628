package nl.woonzorg.analysis.supply;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.StringReader;
import java.util.List;
import nl.woonzorg.model.area.AreaType;
import nl.woonzorg.model.dwelling.Dwelling;
import nl.woonzorg.model.dwelling.DwellingType;
import nl.woonzorg.model.vera.AccessibilityLabel;
import nl.woonzorg.model.vera.BatScore;
import nl.woonzorg.model.vera.HousingForm;
import nl.woonzorg.model.vera.UnitKind;
import nl.woonzorg.model.vera.VeraTargetGroup;
import org.junit.jupiter.api.Test;

/** The classification table as data: the default's lines, a table of one's own, its errors. */
class StockClassificationTest {

  private static final StockClassification DEFAULTS = StockClassification.defaults();

  private static Dwelling home(String id, HousingForm form, AccessibilityLabel label) {
    Dwelling.Builder home = Dwelling.builder().id(id).unitKind(UnitKind.WOONRUIMTE)
        .municipalityCode("GM0050").districtCode("WK005001");
    if (form != null) {
      home.housingForm(form);
    }
    if (label != null) {
      home.accessibilityLabel(label);
    }
    return home.build();
  }

  private static List<String> codes(List<SupplyCategory> categories) {
    return categories.stream().map(SupplyCategory::code).toList();
  }

  @Test
  void theDefaultTableDeclaresFourCategoriesWithTheModelsDwellingTypes() {
    assertEquals(List.of("NULTREDEN", "ROLSTOEL", "GECLUSTERD", "ZORGGESCHIKT"),
        codes(DEFAULTS.categories()));
    assertEquals(DwellingType.GECLUSTERDE_WOONVORM,
        DEFAULTS.category("GECLUSTERD").orElseThrow().dwellingType().orElseThrow());
  }

  @Test
  void aHomeCountsInEveryCategoryItsLabelsMapTo() {
    assertEquals(List.of("NULTREDEN", "ROLSTOEL"),
        codes(DEFAULTS.classify(home("a", null, AccessibilityLabel.ROLSTOELWONING))));
    assertEquals(List.of("NULTREDEN", "ROLSTOEL", "GECLUSTERD"), codes(DEFAULTS.classify(
        home("b", HousingForm.GECLUSTERDE_WOONVORM, AccessibilityLabel.ROLSTOELWONING))));
    assertEquals(List.of("NULTREDEN", "GECLUSTERD", "ZORGGESCHIKT"),
        codes(DEFAULTS.classify(home("c", HousingForm.ZORGGESCHIKTE_WONING, null))));
    assertEquals(List.of(), codes(DEFAULTS.classify(
        home("d", null, AccessibilityLabel.GELIJKVLOERSE_WONING_GEEN_NULTREDENWONING))));
  }

  @Test
  void onlyABatScoreOfRolstoelWoonbaarCountsByDefault() {
    // BAT4 alone makes a wheelchair home, and so a zero-step one.
    assertEquals(List.of("NULTREDEN", "ROLSTOEL"),
        codes(DEFAULTS.classify(bat("a", BatScore.ROLSTOEL_WOONBAAR))));
    // BAT1 allows a stairlift and thresholds; BAT2 and BAT3 reach living room and toilet only;
    // BAT5 is room for care, nothing of the entrance or the cluster.
    for (BatScore score : List.of(BatScore.NULTRAPSWONING, BatScore.ROLLATOR_BEZOEKBAAR,
        BatScore.ROLSTOEL_BEZOEKBAAR, BatScore.ZORG)) {
      assertEquals(List.of(), codes(DEFAULTS.classify(bat("b", score))), score.getCode());
    }
    // With the other labels, a home counts in what any of them maps to.
    assertEquals(List.of("NULTREDEN", "ROLSTOEL", "GECLUSTERD"), codes(DEFAULTS.classify(
        Dwelling.builder().from(bat("c", BatScore.ROLSTOEL_WOONBAAR))
            .housingForm(HousingForm.GECLUSTERDE_WOONVORM).build())));
    StockClassification own = StockClassification.parse("own.csv", new StringReader(
        "categorie;ZORGGESCHIKT;zorggeschikte woning;care-ready home;\n"
            + "batscore;BAT5;ZORGGESCHIKT\n"));
    assertEquals(List.of("ZORGGESCHIKT"), codes(own.classify(bat("d", BatScore.ZORG))));
    assertEquals("own.csv:1:10: 'BAT6' is not a VERA code of batscore", assertThrows(
        ClassificationFormatException.class, () -> StockClassification.parse("own.csv",
            new StringReader("batscore;BAT6;A\n"))).getMessage());
  }

  private static Dwelling bat(String id, BatScore score) {
    return Dwelling.builder().from(home(id, null, null)).batScore(score).build();
  }

  @Test
  void aMunicipalityOverridesTheTableByAddingToIt() {
    StockClassification own = DEFAULTS.toBuilder()
        .map(DwellingLabel.DOELGROEP, "SEN", "GECLUSTERD").build();
    Dwelling senior = Dwelling.builder().id("e").unitKind(UnitKind.WOONRUIMTE)
        .targetGroup(VeraTargetGroup.SENIOREN).build();
    assertEquals(List.of("GECLUSTERD"), codes(own.classify(senior)));
    assertEquals(List.of(), codes(DEFAULTS.classify(senior)));
  }

  @Test
  void aTableOfOnesOwnIsReadFromText() {
    StockClassification own = StockClassification.parse("own.csv", new StringReader(
        "# only wheelchair homes\ncategorie;ROLSTOEL;rolstoelwoning;wheelchair home;\n"
            + "toegankelijkheidslabel;RUI;ROLSTOEL\n"));
    assertEquals(List.of("ROLSTOEL"),
        codes(own.classify(home("f", null, AccessibilityLabel.EXTRA_RUIME_ROLSTOELWONING))));
    assertEquals(List.of(),
        codes(own.classify(home("g", null, AccessibilityLabel.ROLSTOELWONING))));
  }

  @Test
  void aBadLineIsLocatedByLineAndColumn() {
    ClassificationFormatException unknownCategory = assertThrows(
        ClassificationFormatException.class, () -> StockClassification.parse("own.csv",
            new StringReader("categorie;ROLSTOEL;rolstoelwoning;wheelchair home\n"
                + "woonvorm;GEC; GECLUSTRD\n")));
    assertEquals("own.csv:2:15: unknown category 'GECLUSTRD': declare it first with a"
        + " categorie line", unknownCategory.getMessage());
    ClassificationFormatException unknownCode = assertThrows(
        ClassificationFormatException.class, () -> StockClassification.parse("own.csv",
            new StringReader("woonvorm;XYZ;A\n")));
    assertEquals("own.csv:1:10: 'XYZ' is not a VERA code of woonvorm",
        unknownCode.getMessage());
  }

  @Test
  void aTallyCountsOverlappingCategoriesAndWhatItCannotPlace() {
    CategoryTally tally = CategoryTally.builder(AreaType.WIJK, DEFAULTS)
        .add(home("a", HousingForm.GECLUSTERDE_WOONVORM, AccessibilityLabel.ROLSTOELWONING))
        .add(home("b", null, AccessibilityLabel.NULTREDENWONING))
        .add(home("c", null, null))
        .add(Dwelling.builder().id("d").unitKind(UnitKind.WOONRUIMTE)
            .municipalityCode("GM0034").build())
        .add(Dwelling.of("e", UnitKind.WOONRUIMTE))
        .build();
    SupplyCategory zeroStep = DEFAULTS.category("NULTREDEN").orElseThrow();
    SupplyCategory clustered = DEFAULTS.category("GECLUSTERD").orElseThrow();
    assertEquals(2, tally.count("WK005001", zeroStep));
    assertEquals(1, tally.count("WK005001", clustered));
    assertEquals(3, tally.homes("WK005001"));
    assertEquals(java.util.Map.of("GM0034", 1L), tally.unplaced());
    assertEquals(1, tally.withoutMunicipality());
    assertEquals(java.util.Set.of("GM0034", "GM0050"), tally.coveredMunicipalities());
  }
}
