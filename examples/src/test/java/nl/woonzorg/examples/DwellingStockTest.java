package nl.woonzorg.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import nl.woonzorg.io.ndjson.NdjsonSummary;
import nl.woonzorg.model.dwelling.Dwelling;
import nl.woonzorg.model.dwelling.ProgrammeCategory;
import nl.woonzorg.model.report.Verdict;
import nl.woonzorg.validation.WoonzorgValidator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Worked example 6: a corporation's stock as NDJSON, checked record by record. */
class DwellingStockTest {

  private static DwellingStock.Check check;

  @BeforeAll
  static void checkTheBundledStock() throws IOException {
    try (InputStream in =
        Files.newInputStream(BundledData.DIRECTORY.resolve("dwelling-stock.ndjson"))) {
      check = DwellingStock.check(in, WoonzorgValidator.builder().build());
    }
  }

  @Test
  void theGeneratorGivesTheSameStockEveryTime() {
    List<Dwelling> stock = DwellingStock.generate();

    assertEquals(DwellingStock.SIZE, stock.size());
    assertEquals(stock, DwellingStock.generate());
    assertEquals("VHE-00001", stock.get(0).getId());
    assertEquals("VHE-00300", stock.get(299).getId());
  }

  @Test
  void all300RecordsAreReadAndNoLineIsBad() {
    assertEquals(new NdjsonSummary(300, 300, 0), check.read());
  }

  @Test
  void sixteenRecordsAreNotConformAndSixHaveWarnings() {
    assertEquals(Map.of(Verdict.CONFORM, 278L, Verdict.CONFORM_WITH_WARNINGS, 6L,
        Verdict.NOT_CONFORM, 16L), check.verdicts());
  }

  @Test
  void theFindingsAreTheRegistersTypicalMistakes() {
    assertEquals(Map.of(
            "WZ-DWELLING-01", 11L,   // end-dated VERA target group MEE
            "WZ-DWELLING-02", 5L,    // clustered home not labelled zero-step
            "WZ-DWELLING-04", 2L,    // care-ready home not wheelchair-accessible
            "WZ-DWELLING-05", 4L),   // clustered home without an accessibility label
        check.findingsByRule());
  }

  @Test
  void theSupplyPerProgrammeCategoryPerDistrict() {
    assertEquals(List.of("WK034401", "WK034402", "WK034403", "WK034404"),
        List.copyOf(check.supply().keySet()));
    assertEquals(List.of(
            List.of(22L, 11L, 4L, 46L),
            List.of(24L, 9L, 3L, 42L),
            List.of(16L, 6L, 3L, 39L),
            List.of(18L, 8L, 7L, 42L)),
        check.supply().entrySet().stream().map(district -> List.of(
            district.getValue().get(ProgrammeCategory.NULTREDENWONING),
            district.getValue().get(ProgrammeCategory.GECLUSTERDE_WONING),
            district.getValue().get(ProgrammeCategory.ZORGGESCHIKTE_WONING),
            check.outsideProgramme().get(district.getKey()))).toList());
  }

  @Test
  void theSummarySaysSo() {
    assertEquals(List.of(
            "300 eenheden gelezen, 0 onleesbare regels",
            "  conform: 278",
            "  conform met waarschuwingen: 6",
            "  niet conform: 16",
            "bevindingen per regel:",
            "  WZ-DWELLING-01: 11",
            "  WZ-DWELLING-02: 5",
            "  WZ-DWELLING-04: 2",
            "  WZ-DWELLING-05: 4",
            "wijk        nultredenwoning  geclusterde woning  zorggeschikte woning   overig",
            "WK034401                 22                  11                     4       46",
            "WK034402                 24                   9                     3       42",
            "WK034403                 16                   6                     3       39",
            "WK034404                 18                   8                     7       42"),
        DwellingStock.summary(check));
  }
}
