package nl.woonzorg.cbs.kwb;

import static nl.woonzorg.cbs.kwb.RoundedParts.figures;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.woonzorg.analysis.population.AreaPopulation;
import nl.woonzorg.analysis.population.PopulationTable;
import nl.woonzorg.analysis.region.AreaHierarchy;
import nl.woonzorg.cbs.CbsProblem;
import nl.woonzorg.cbs.CbsProblemKind;
import nl.woonzorg.model.area.AreaType;
import nl.woonzorg.model.report.SourcePosition;
import org.junit.jupiter.api.Test;

/**
 * The real fixture: CBS's published <i>Kerncijfers wijken en buurten 2019</i> (table 84583NED) for
 * 's-Gravenhage — the gemeente, all 44 of its wijken and the buurten of five of them — as CBS's
 * StatLine CSV export gives them; where it comes from and what was cut is in
 * {@code kwb-2019-84583NED-den-haag.PROVENANCE.md}. Bron: CBS, CC BY 4.0. Every number asserted
 * here is a figure of that file or a sum of them.
 */
class KwbDenHaag2019Test {

  static final String FIXTURE = "kwb-2019-84583NED-den-haag.csv";

  /**
   * The table as the files' own column keys show it: 2019's suffixes, _28 and _29, and the name
   * column {@code Gemeentenaam_1} that the Amsterdam export has and this one lacks.
   */
  static final KwbTable KWB_2019 = KwbTable.builder("84583NED", 2019).addDataPropertyKeys(
      "Gemeentenaam_1", "AantalInwoners_5", "k_0Tot15Jaar_8", "k_15Tot25Jaar_9", "k_25Tot45Jaar_10",
      "k_45Tot65Jaar_11", "k_65JaarOfOuder_12", "HuishoudensTotaal_28",
      "Eenpersoonshuishoudens_29").build();

  private static final KwbReader READER = KwbReader.of(KWB_2019);

  /** Every row of the file, read by the streaming reader, which does not check totals. */
  static PopulationTable streamed() {
    PopulationTable.Builder table = PopulationTable.builder(KWB_2019.source());
    KwbReadResult result = READER.read(KwbFormat.CSV,
        List.of(KwbFixtureTest.fixture(FIXTURE)), table::add);
    assertEquals(List.of(), result.problems());
    return table.build();
  }

  @Test
  void readWholeTheTableReadsAndNamesEachOfThe22PlacesWhereItsPartsDoNotAddUp() {
    List<CbsProblem> mismatches = new ArrayList<>();
    PopulationTable table = READER.readTable(KwbFormat.CSV,
        List.of(KwbFixtureTest.fixture(FIXTURE)), mismatches::add);

    assertEquals(streamed(), table);

    String file = FIXTURE + ":";
    assertEquals(List.of(
        file + "2:47: the inhabitants of GM0518 are not the sum of its 44 wijken"
            + " (expected 537680, the sum of its 44 wijken; found 537833)",
        file + "2:80: the inhabitants aged 0-14 of GM0518 are not the sum of its 44 wijken"
            + " (expected 92515, the sum of its 44 wijken; found 92532)",
        file + "2:91: the inhabitants aged 15-24 of GM0518 are not the sum of its 44 wijken"
            + " (expected 66105, the sum of its 44 wijken; found 66099)",
        file + "2:102: the inhabitants aged 25-44 of GM0518 are not the sum of its 44 wijken"
            + " (expected 161985, the sum of its 44 wijken; found 162025)",
        file + "2:113: the inhabitants aged 45-64 of GM0518 are not the sum of its 44 wijken"
            + " (expected 139140, the sum of its 44 wijken; found 139157)",
        file + "2:124: the inhabitants aged 65 and over of GM0518 are not the sum of its 44"
            + " wijken (expected 78010, the sum of its 44 wijken; found 78020)",
        file + "2:157: the households of GM0518 are not the sum of its 44 wijken"
            + " (expected 263220, the sum of its 44 wijken; found 263371)",
        file + "2:168: the one-person households of GM0518 are not the sum of its 44 wijken"
            + " (expected 125435, the sum of its 44 wijken; found 125380)",
        file + "7:47: the inhabitants of WK051804 are not the sum of its 6 buurten"
            + " (expected 13845, the sum of its 6 buurten; found 13855)",
        file + "7:91: the inhabitants aged 15-24 of WK051804 are not the sum of its 6 buurten"
            + " (expected 1130, the sum of its 6 buurten; found 1125)",
        file + "7:102: the inhabitants aged 25-44 of WK051804 are not the sum of its 6 buurten"
            + " (expected 3005, the sum of its 6 buurten; found 3010)",
        file + "7:113: the inhabitants aged 45-64 of WK051804 are not the sum of its 6 buurten"
            + " (expected 3480, the sum of its 6 buurten; found 3485)",
        file + "7:157: the households of WK051804 are not the sum of its 6 buurten"
            + " (expected 6590, the sum of its 6 buurten; found 6600)",
        file + "7:168: the one-person households of WK051804 are not the sum of its 6 buurten"
            + " (expected 3030, the sum of its 6 buurten; found 3010)",
        file + "26:47: the inhabitants of WK051817 are not the sum of its 3 buurten"
            + " (expected 17970, the sum of its 3 buurten; found 17975)",
        file + "26:102: the inhabitants aged 25-44 of WK051817 are not the sum of its 3 buurten"
            + " (expected 4095, the sum of its 3 buurten; found 4100)",
        file + "26:124: the inhabitants aged 65 and over of WK051817 are not the sum of its 3"
            + " buurten (expected 4215, the sum of its 3 buurten; found 4220)",
        file + "26:157: the households of WK051817 are not the sum of its 3 buurten"
            + " (expected 8375, the sum of its 3 buurten; found 8380)",
        file + "26:168: the one-person households of WK051817 are not the sum of its 3 buurten"
            + " (expected 3385, the sum of its 3 buurten; found 3380)",
        file + "53:102: the inhabitants aged 25-44 of WK051841 are not the sum of its 3 buurten"
            + " (expected 70, the sum of its 3 buurten; found 75)",
        file + "53:168: the one-person households of WK051841 are not the sum of its 3 buurten"
            + " (expected 135, the sum of its 3 buurten; found 130)",
        file + "58:168: the one-person households of WK051843 are not the sum of its 2 buurten"
            + " (expected 20, the sum of its 2 buurten; found 15)"),
        mismatches.stream().map(CbsProblem::toString).toList());
    assertEquals(22, mismatches.stream()
        .filter(problem -> problem.kind() == CbsProblemKind.TOTAL_MISMATCH).count());
  }

  @Test
  void streamedEveryRowIsReadWithoutAProblem() {
    PopulationTable table = streamed();

    assertEquals(60, table.rows().size());
    assertEquals(1, table.rows(AreaType.GEMEENTE).size());
    assertEquals(44, table.rows(AreaType.WIJK).size());
    assertEquals(15, table.rows(AreaType.BUURT).size());
    assertEquals("Bron: CBS, tabel 84583NED, peildatum 1-1-2019", table.source().attribution());
  }

  @Test
  void theGemeenteAndOneWijkAreReadCellByCell() {
    PopulationTable table = streamed();

    AreaPopulation gemeente = table.row("GM0518").orElseThrow();
    assertEquals(AreaType.GEMEENTE, gemeente.level());
    // The export has no Gemeentenaam_1 column, so no name is read.
    assertEquals(Optional.empty(), gemeente.name());
    assertEquals(figures(537_833, 92_532, 66_099, 162_025, 139_157, 78_020, 263_371, 125_380),
        KwbFixtureTest.values(gemeente));

    AreaPopulation wijk = table.row("WK051804").orElseThrow();
    assertEquals(AreaType.WIJK, wijk.level());
    assertEquals(figures(13_855, 2_540, 1_125, 3_010, 3_485, 3_695, 6_600, 3_010),
        KwbFixtureTest.values(wijk));

    // An empty area is zero in every figure, not suppressed.
    assertEquals(figures(0, 0, 0, 0, 0, 0, 0, 0),
        KwbFixtureTest.values(table.row("BU05180170").orElseThrow()));
  }

  /**
   * No figure the reader reads is suppressed in this extract, though columns it ignores hold
   * {@code .} in the same rows (BU05181785: the education levels; WK051801: the average household
   * size too): an ignored column's mark is not taken for a count's.
   */
  @Test
  void marksInIgnoredColumnsLeaveEveryReadFigureKnown() {
    PopulationTable table = streamed();

    table.rows().keySet().forEach(code -> assertEquals(Set.of(),
        table.suppressed(code), code));
    assertEquals(figures(55, 0, 0, 30, 25, 0, 10, 10),
        KwbFixtureTest.values(table.row("BU05181785").orElseThrow()));
  }

  /**
   * The wijk and buurt figures are multiples of 5, the gemeente's are not, and the parts miss
   * their wholes by more than rounding each part alone (by at most 2) can explain in three places.
   */
  @Test
  void theGemeenteIsNotTheSumOfItsRoundedWijkenAndThreeGapsExceedWhatRoundingExplains() {
    RoundedParts.Gaps gaps = RoundedParts.gaps(streamed(), AreaHierarchy.netherlands());

    assertEquals(List.of(), gaps.partsNotMultiplesOfFive());
    assertEquals(List.of("GM0518 INWONERS 537833", "GM0518 LEEFTIJD_0_TOT_15 92532",
        "GM0518 LEEFTIJD_15_TOT_25 66099", "GM0518 LEEFTIJD_45_TOT_65 139157",
        "GM0518 HUISHOUDENS 263371"), gaps.gemeentenNotMultiplesOfFive());

    assertEquals(List.of("GM0518 INWONERS -153", "GM0518 LEEFTIJD_0_TOT_15 -17",
        "GM0518 LEEFTIJD_15_TOT_25 6", "GM0518 LEEFTIJD_25_TOT_45 -40",
        "GM0518 LEEFTIJD_45_TOT_65 -17", "GM0518 LEEFTIJD_65_PLUS -10", "GM0518 HUISHOUDENS -151",
        "GM0518 EENPERSOONSHUISHOUDENS 55", "WK051804 INWONERS -10",
        "WK051804 LEEFTIJD_15_TOT_25 5", "WK051804 LEEFTIJD_25_TOT_45 -5",
        "WK051804 LEEFTIJD_45_TOT_65 -5", "WK051804 HUISHOUDENS -10",
        "WK051804 EENPERSOONSHUISHOUDENS 20", "WK051817 INWONERS -5",
        "WK051817 LEEFTIJD_25_TOT_45 -5", "WK051817 LEEFTIJD_65_PLUS -5",
        "WK051817 HUISHOUDENS -5", "WK051817 EENPERSOONSHUISHOUDENS 5",
        "WK051841 LEEFTIJD_25_TOT_45 -5", "WK051841 EENPERSOONSHUISHOUDENS 5",
        "WK051843 EENPERSOONSHUISHOUDENS 5"), gaps.differences());
    assertEquals(List.of("GM0518 INWONERS: -153 beyond ±88",
        "GM0518 HUISHOUDENS: -151 beyond ±88", "WK051804 EENPERSOONSHUISHOUDENS: 20 beyond ±14"),
        gaps.beyondRounding());
  }

  /**
   * Read as another year's table, whose keys are given, the 2019 household columns are caught:
   * the suffix says which table a column is of, and the 2024 table's are _29 and _30.
   */
  @Test
  void readAsThe2024TableItsHouseholdColumnsAreUnknownColumns() {
    KwbTable kwb2024 = KwbTable.builder("85984NED", 2024).addDataPropertyKeys(
        "AantalInwoners_5", "k_0Tot15Jaar_8", "k_15Tot25Jaar_9", "k_25Tot45Jaar_10",
        "k_45Tot65Jaar_11", "k_65JaarOfOuder_12", "HuishoudensTotaal_29",
        "Eenpersoonshuishoudens_30").build();

    KwbReadResult result = KwbReader.of(kwb2024).read(KwbFormat.CSV,
        List.of(KwbFixtureTest.fixture(FIXTURE)), row -> { });

    assertEquals(List.of(CbsProblemKind.UNKNOWN_COLUMN, CbsProblemKind.UNKNOWN_COLUMN),
        result.problems().stream().map(CbsProblem::kind).toList());
    CbsProblem households = result.problems().get(0);
    assertEquals(Optional.of(SourcePosition.of(1, 230)), households.position());
    assertEquals("HuishoudensTotaal_29, the key of HuishoudensTotaal in its DataProperties",
        households.expected());
    assertEquals(Optional.of("HuishoudensTotaal_28"), households.found());
    assertEquals(Optional.of("Eenpersoonshuishoudens_29"), result.problems().get(1).found());
  }
}
