package nl.woonzorg.cbs.kwb;

import static nl.woonzorg.analysis.population.PopulationMeasure.EENPERSOONSHUISHOUDENS;
import static nl.woonzorg.analysis.population.PopulationMeasure.HUISHOUDENS;
import static nl.woonzorg.analysis.population.PopulationMeasure.INWONERS;
import static nl.woonzorg.analysis.population.PopulationMeasure.LEEFTIJD_0_TOT_15;
import static nl.woonzorg.analysis.population.PopulationMeasure.LEEFTIJD_15_TOT_25;
import static nl.woonzorg.analysis.population.PopulationMeasure.LEEFTIJD_65_PLUS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import nl.woonzorg.analysis.population.AreaPopulation;
import nl.woonzorg.analysis.population.Count;
import nl.woonzorg.analysis.population.PopulationMeasure;
import nl.woonzorg.analysis.population.PopulationTable;
import nl.woonzorg.analysis.region.AreaHierarchy;
import nl.woonzorg.model.area.AreaType;
import org.junit.jupiter.api.Test;

/**
 * The bundled fixture read in each of the three forms: exact values, suppressed cells kept, and
 * the wijken adding up to their gemeente where suppression allows. The fixture's figures are
 * illustrative, not CBS's (see its README.md); its codes and gemeente names are CBS's.
 */
class KwbFixtureTest {

  static final KwbTable KWB_2024 = KwbTable.of("85984NED", 2024);
  private static final KwbReader READER = KwbReader.of(KWB_2024);

  static KwbInput fixture(String name) {
    return KwbInput.of(name, () -> KwbFixtureTest.class.getResourceAsStream(name));
  }

  static PopulationTable csv() {
    return READER.readTable(KwbFormat.CSV, List.of(fixture("kwb-illustratief.csv")));
  }

  static PopulationTable typedDataSet() {
    return READER.readTable(KwbFormat.TYPED_DATA_SET,
        List.of(fixture("kwb-illustratief-typeddataset.json")));
  }

  static PopulationTable observations() {
    return READER.readTable(KwbFormat.OBSERVATIONS, List.of(
        fixture("kwb-illustratief-observations-1.json"),
        fixture("kwb-illustratief-observations-2.json")));
  }

  @Test
  void theCsvExportGivesZeewoldesExactFigures() {
    AreaPopulation zeewolde = csv().row("GM0050").orElseThrow();

    assertEquals(AreaType.GEMEENTE, zeewolde.level());
    assertEquals(Optional.of("Zeewolde"), zeewolde.name());
    assertEquals(Map.of(INWONERS, 21_300L, LEEFTIJD_0_TOT_15, 4_140L,
            LEEFTIJD_15_TOT_25, 2_430L, PopulationMeasure.LEEFTIJD_25_TOT_45, 5_260L,
            PopulationMeasure.LEEFTIJD_45_TOT_65, 5_800L, LEEFTIJD_65_PLUS, 3_670L,
            HUISHOUDENS, 8_620L, EENPERSOONSHUISHOUDENS, 2_390L),
        values(zeewolde));
  }

  @Test
  void theThreeFormsGiveTheSameFigures() {
    Map<String, Map<PopulationMeasure, Count>> fromCsv = counts(csv());

    assertEquals(10, fromCsv.size());
    assertEquals(fromCsv, counts(typedDataSet()));
    assertEquals(fromCsv, counts(observations()));
  }

  @Test
  void suppressedFiguresStaySuppressedInEveryForm() {
    for (PopulationTable table : List.of(csv(), typedDataSet(), observations())) {
      AreaPopulation rural = table.row("WK005009").orElseThrow();
      assertEquals(Optional.of(Count.suppressed()), rural.count(HUISHOUDENS));
      assertEquals(Optional.of(Count.suppressed()), rural.count(EENPERSOONSHUISHOUDENS));
      assertEquals(Optional.of(Count.of(300)), rural.count(INWONERS));
      assertEquals(Set.of(LEEFTIJD_0_TOT_15, LEEFTIJD_15_TOT_25),
          table.suppressed("BU00960001"));
    }
  }

  @Test
  void paddingIsStrippedFromCodesAndNames() {
    PopulationTable table = typedDataSet();

    assertTrue(table.rows().containsKey("GM0096"));
    // The file writes "  Vlieland" padded to 40 characters.
    assertEquals(Optional.of("Vlieland"), table.row("GM0096").orElseThrow().name());
    // Gemeentenaam names a wijk's gemeente, not the wijk: a wijk row has no name.
    assertEquals(Optional.empty(), table.row("WK009600").orElseThrow().name());
  }

  @Test
  void everyFigureCarriesItsSource() {
    assertEquals("Bron: CBS, tabel 85984NED, peildatum 1-1-2024",
        observations().source().attribution());
  }

  /**
   * The wijken of each gemeente add up to the gemeente's figure where none of them is suppressed;
   * where one is, the known wijken add up to no more than the gemeente, and the coverage is
   * reported as partial, never taken as complete.
   */
  @Test
  void theWijkenAddUpToTheirGemeenteWhereSuppressionAllows() {
    PopulationTable table = csv();
    List<String> coverage = new ArrayList<>();
    for (AreaPopulation gemeente : table.rows(AreaType.GEMEENTE)) {
      for (PopulationMeasure measure : PopulationMeasure.values()) {
        coverage.add(gemeente.areaCode() + " " + measure.getCode() + ": "
            + addUp(table, gemeente, measure));
      }
    }

    assertEquals(List.of(
        "GM0050 INWONERS: complete, 3 wijken, 21300 = 21300",
        "GM0050 LEEFTIJD_0_TOT_15: complete, 3 wijken, 4140 = 4140",
        "GM0050 LEEFTIJD_15_TOT_25: complete, 3 wijken, 2430 = 2430",
        "GM0050 LEEFTIJD_25_TOT_45: complete, 3 wijken, 5260 = 5260",
        "GM0050 LEEFTIJD_45_TOT_65: complete, 3 wijken, 5800 = 5800",
        "GM0050 LEEFTIJD_65_PLUS: complete, 3 wijken, 3670 = 3670",
        "GM0050 HUISHOUDENS: partial, 2 of 3 wijken, 8500 of 8620, [WK005009] suppressed",
        "GM0050 EENPERSOONSHUISHOUDENS: partial, 2 of 3 wijken, 2300 of 2390, [WK005009]"
            + " suppressed",
        "GM0088 INWONERS: complete, 1 wijken, 950 = 950",
        "GM0088 LEEFTIJD_0_TOT_15: complete, 1 wijken, 100 = 100",
        "GM0088 LEEFTIJD_15_TOT_25: complete, 1 wijken, 90 = 90",
        "GM0088 LEEFTIJD_25_TOT_45: complete, 1 wijken, 200 = 200",
        "GM0088 LEEFTIJD_45_TOT_65: complete, 1 wijken, 260 = 260",
        "GM0088 LEEFTIJD_65_PLUS: complete, 1 wijken, 300 = 300",
        "GM0088 HUISHOUDENS: complete, 1 wijken, 480 = 480",
        "GM0088 EENPERSOONSHUISHOUDENS: complete, 1 wijken, 230 = 230",
        "GM0096 INWONERS: complete, 1 wijken, 1200 = 1200",
        "GM0096 LEEFTIJD_0_TOT_15: complete, 1 wijken, 150 = 150",
        "GM0096 LEEFTIJD_15_TOT_25: complete, 1 wijken, 110 = 110",
        "GM0096 LEEFTIJD_25_TOT_45: complete, 1 wijken, 260 = 260",
        "GM0096 LEEFTIJD_45_TOT_65: complete, 1 wijken, 330 = 330",
        "GM0096 LEEFTIJD_65_PLUS: complete, 1 wijken, 350 = 350",
        "GM0096 HUISHOUDENS: complete, 1 wijken, 600 = 600",
        "GM0096 EENPERSOONSHUISHOUDENS: complete, 1 wijken, 280 = 280"), coverage);
  }

  /** The sum of the wijken of {@code gemeente}, and whether it covers them all. */
  private static String addUp(PopulationTable table, AreaPopulation gemeente,
      PopulationMeasure measure) {
    AreaHierarchy hierarchy = AreaHierarchy.netherlands();
    long sum = 0;
    int wijken = 0;
    List<String> suppressed = new ArrayList<>();
    for (AreaPopulation wijk : table.rows(AreaType.WIJK)) {
      if (!hierarchy.parent(wijk.areaCode()).orElseThrow().equals(gemeente.areaCode())) {
        continue;
      }
      wijken++;
      Count count = wijk.count(measure).orElseThrow();
      if (count.isSuppressed()) {
        suppressed.add(wijk.areaCode());
      } else {
        sum += count.valueOrThrow();
      }
    }
    long total = gemeente.count(measure).orElseThrow().valueOrThrow();
    if (suppressed.isEmpty()) {
      assertEquals(total, sum, gemeente.areaCode() + " " + measure);
      return "complete, " + wijken + " wijken, " + sum + " = " + total;
    }
    assertTrue(sum <= total, gemeente.areaCode() + " " + measure);
    return "partial, " + (wijken - suppressed.size()) + " of " + wijken + " wijken, " + sum
        + " of " + total + ", " + suppressed + " suppressed";
  }

  static Map<PopulationMeasure, Long> values(AreaPopulation row) {
    Map<PopulationMeasure, Long> values = new LinkedHashMap<>();
    row.counts().forEach((measure, count) -> values.put(measure, count.valueOrThrow()));
    return values;
  }

  private static Map<String, Map<PopulationMeasure, Count>> counts(PopulationTable table) {
    Map<String, Map<PopulationMeasure, Count>> counts = new TreeMap<>();
    table.rows().forEach((code, row) -> counts.put(code, row.counts()));
    return counts;
  }
}
