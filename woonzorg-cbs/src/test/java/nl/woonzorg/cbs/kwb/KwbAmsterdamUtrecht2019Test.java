package nl.woonzorg.cbs.kwb;

import static nl.woonzorg.cbs.kwb.RoundedParts.figures;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.woonzorg.analysis.population.PopulationMeasure;
import nl.woonzorg.analysis.population.PopulationTable;
import nl.woonzorg.analysis.region.AreaHierarchy;
import nl.woonzorg.cbs.CbsProblem;
import nl.woonzorg.model.area.AreaType;
import org.junit.jupiter.api.Test;

/**
 * Two more gemeenten of CBS's published <i>Kerncijfers wijken en buurten 2019</i> (table
 * 84583NED), from the same source as {@link KwbDenHaag2019Test}'s: Amsterdam with all 99 of its
 * wijken and the 5 buurten of {@code WK036300}, and Utrecht with all 10 of its wijken and the 7
 * buurten of {@code WK034408}, each as CBS's StatLine CSV export gives them (byte order mark
 * included) with the columns the reader does not read cut; see {@code
 * kwb-2019-84583NED-amsterdam.PROVENANCE.md}. Bron: CBS, CC BY 4.0. Every number asserted here is
 * a figure of those files or a sum of them.
 */
class KwbAmsterdamUtrecht2019Test {

  static final String AMSTERDAM = "kwb-2019-84583NED-amsterdam.csv";
  static final String UTRECHT = "kwb-2019-84583NED-utrecht.csv";

  private static final KwbReader READER = KwbReader.of(KwbDenHaag2019Test.KWB_2019);

  /** Every row of the files, read by the streaming reader, which does not check totals. */
  static PopulationTable streamed(String... files) {
    PopulationTable.Builder table = PopulationTable.builder(KwbDenHaag2019Test.KWB_2019.source());
    KwbReadResult result = READER.read(KwbFormat.CSV,
        List.of(files).stream().map(KwbFixtureTest::fixture).toList(), table::add);
    assertEquals(List.of(), result.problems());
    return table.build();
  }

  @Test
  void eachFileIsReadWholeWithoutAProblemAndWithItsCbsAttribution() {
    PopulationTable amsterdam = streamed(AMSTERDAM);
    assertEquals(105, amsterdam.rows().size());
    assertEquals(List.of(1, 99, 5), List.of(amsterdam.rows(AreaType.GEMEENTE).size(),
        amsterdam.rows(AreaType.WIJK).size(), amsterdam.rows(AreaType.BUURT).size()));

    PopulationTable utrecht = streamed(UTRECHT);
    assertEquals(18, utrecht.rows().size());
    assertEquals(List.of(1, 10, 7), List.of(utrecht.rows(AreaType.GEMEENTE).size(),
        utrecht.rows(AreaType.WIJK).size(), utrecht.rows(AreaType.BUURT).size()));

    assertEquals("Bron: CBS, tabel 84583NED, peildatum 1-1-2019",
        utrecht.source().attribution());
    // No figure the reader reads is suppressed in either extract.
    for (PopulationTable table : List.of(amsterdam, utrecht)) {
      table.rows().keySet().forEach(code -> assertEquals(Set.of(), table.suppressed(code), code));
    }
  }

  @Test
  void eachGemeenteSomeWijkenAndABuurtAreReadCellByCell() {
    PopulationTable table = streamed(AMSTERDAM, UTRECHT);

    // The Amsterdam export has the column Gemeentenaam_1, its padding stripped; Utrecht's not.
    assertEquals(Optional.of("Amsterdam"), table.row("GM0363").orElseThrow().name());
    assertEquals(Optional.empty(), table.row("GM0344").orElseThrow().name());
    Map<String, Map<PopulationMeasure, Long>> expected = new LinkedHashMap<>();
    expected.put("GM0363",
        figures(862_965, 125_602, 108_487, 311_068, 209_828, 107_980, 470_223, 257_453));
    expected.put("WK036300", figures(4_295, 235, 580, 2_150, 935, 405, 3_040, 2_100));
    expected.put("BU03630000", figures(1_035, 45, 100, 575, 250, 75, 755, 525));
    // A wijk without inhabitants is a published 0 in every figure, not a missing one.
    expected.put("WK036350", figures(0, 0, 0, 0, 0, 0, 0, 0));
    expected.put("GM0344",
        figures(352_866, 60_061, 53_781, 127_867, 74_570, 36_587, 180_374, 93_120));
    expected.put("WK034401", figures(29_400, 4_620, 4_420, 12_105, 5_595, 2_675, 15_620, 8_380));
    expected.put("WK034408",
        figures(38_420, 6_155, 5_940, 15_180, 7_135, 4_020, 19_955, 10_690));
    expected.forEach((code, figures) -> assertEquals(figures,
        KwbFixtureTest.values(table.row(code).orElseThrow()), code));
  }

  /**
   * Neither gemeente is the sum of its wijken in any of the eight figures, nor either wijk the sum
   * of its buurten: 32 places, each handed on located at the whole's cell. Amsterdam's
   * inhabitants, households and one-person households, and six of Utrecht's figures, miss by
   * more than rounding each wijk to a multiple of 5 can explain.
   */
  @Test
  void everyFigureOfBothGemeentenAndOfTheWijkenWithTheirBuurtenMissesItsParts() {
    List<CbsProblem> mismatches = new ArrayList<>();
    PopulationTable table = READER.readTable(KwbFormat.CSV,
        List.of(KwbFixtureTest.fixture(AMSTERDAM), KwbFixtureTest.fixture(UTRECHT)),
        mismatches::add);
    assertEquals(streamed(AMSTERDAM, UTRECHT), table);

    assertEquals(32, mismatches.size());
    List<String> elderly = mismatches.stream().map(CbsProblem::toString)
        .filter(text -> text.contains(" aged 65 and over of ")).toList();
    assertEquals(List.of(
        UTRECHT + ":2:103: the inhabitants aged 65 and over of GM0344 are not the sum of its 10"
            + " wijken (expected 36590, the sum of its 10 wijken; found 36587)",
        AMSTERDAM + ":2:144: the inhabitants aged 65 and over of GM0363 are not the sum of its 99"
            + " wijken (expected 108130, the sum of its 99 wijken; found 107980)",
        UTRECHT + ":10:103: the inhabitants aged 65 and over of WK034408 are not the sum of its 7"
            + " buurten (expected 4040, the sum of its 7 buurten; found 4020)",
        AMSTERDAM + ":3:144: the inhabitants aged 65 and over of WK036300 are not the sum of its 5"
            + " buurten (expected 415, the sum of its 5 buurten; found 405)"), elderly);

    RoundedParts.Gaps gaps = RoundedParts.gaps(table, AreaHierarchy.netherlands());
    assertEquals(mismatches.size(), gaps.differences().size());
    // In the order of the table's codes: the two gemeenten, then the two wijken.
    assertEquals(List.of("GM0344 INWONERS -351", "GM0344 LEEFTIJD_0_TOT_15 9",
        "GM0344 LEEFTIJD_15_TOT_25 -41", "GM0344 LEEFTIJD_25_TOT_45 -157",
        "GM0344 LEEFTIJD_45_TOT_65 -35", "GM0344 LEEFTIJD_65_PLUS 3", "GM0344 HUISHOUDENS -304",
        "GM0344 EENPERSOONSHUISHOUDENS -295",
        "GM0363 INWONERS -490", "GM0363 LEEFTIJD_0_TOT_15 138",
        "GM0363 LEEFTIJD_15_TOT_25 128", "GM0363 LEEFTIJD_25_TOT_45 -13",
        "GM0363 LEEFTIJD_45_TOT_65 112", "GM0363 LEEFTIJD_65_PLUS 150",
        "GM0363 HUISHOUDENS -468", "GM0363 EENPERSOONSHUISHOUDENS -223",
        "WK034408 INWONERS -20", "WK034408 LEEFTIJD_0_TOT_15 10", "WK034408 LEEFTIJD_15_TOT_25 15",
        "WK034408 LEEFTIJD_25_TOT_45 10", "WK034408 LEEFTIJD_45_TOT_65 5",
        "WK034408 LEEFTIJD_65_PLUS 20", "WK034408 HUISHOUDENS -10",
        "WK034408 EENPERSOONSHUISHOUDENS -10",
        "WK036300 INWONERS -10", "WK036300 LEEFTIJD_0_TOT_15 5", "WK036300 LEEFTIJD_15_TOT_25 10",
        "WK036300 LEEFTIJD_25_TOT_45 10", "WK036300 LEEFTIJD_45_TOT_65 5",
        "WK036300 LEEFTIJD_65_PLUS 10", "WK036300 HUISHOUDENS -5",
        "WK036300 EENPERSOONSHUISHOUDENS -10"), gaps.differences());
    assertEquals(List.of("GM0344 INWONERS: -351 beyond ±20",
        "GM0344 LEEFTIJD_15_TOT_25: -41 beyond ±20", "GM0344 LEEFTIJD_25_TOT_45: -157 beyond ±20",
        "GM0344 LEEFTIJD_45_TOT_65: -35 beyond ±20", "GM0344 HUISHOUDENS: -304 beyond ±20",
        "GM0344 EENPERSOONSHUISHOUDENS: -295 beyond ±20", "GM0363 INWONERS: -490 beyond ±198",
        "GM0363 HUISHOUDENS: -468 beyond ±198", "GM0363 EENPERSOONSHUISHOUDENS: -223 beyond ±198",
        "WK034408 INWONERS: -20 beyond ±16", "WK034408 LEEFTIJD_65_PLUS: 20 beyond ±16"),
        gaps.beyondRounding());
    assertEquals(List.of(), gaps.partsNotMultiplesOfFive());
    assertEquals(List.of("GM0344 INWONERS 352866", "GM0344 LEEFTIJD_0_TOT_15 60061",
        "GM0344 LEEFTIJD_15_TOT_25 53781", "GM0344 LEEFTIJD_25_TOT_45 127867",
        "GM0344 LEEFTIJD_65_PLUS 36587", "GM0344 HUISHOUDENS 180374",
        "GM0363 LEEFTIJD_0_TOT_15 125602", "GM0363 LEEFTIJD_15_TOT_25 108487",
        "GM0363 LEEFTIJD_25_TOT_45 311068", "GM0363 LEEFTIJD_45_TOT_65 209828",
        "GM0363 HUISHOUDENS 470223", "GM0363 EENPERSOONSHUISHOUDENS 257453"),
        gaps.gemeentenNotMultiplesOfFive());
  }
}
