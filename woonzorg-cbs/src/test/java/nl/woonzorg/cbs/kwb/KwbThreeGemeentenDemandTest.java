package nl.woonzorg.cbs.kwb;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.woonzorg.analysis.gap.Amount;
import nl.woonzorg.analysis.gap.GapAnalysis;
import nl.woonzorg.analysis.gap.GapEngine;
import nl.woonzorg.analysis.gap.GapRow;
import nl.woonzorg.analysis.norm.Norm;
import nl.woonzorg.analysis.number.Fraction;
import nl.woonzorg.analysis.population.PopulationMeasure;
import nl.woonzorg.analysis.population.PopulationTable;
import nl.woonzorg.analysis.region.AreaHierarchy;
import nl.woonzorg.analysis.supply.CategoryTally;
import nl.woonzorg.analysis.supply.StockClassification;
import nl.woonzorg.cbs.CbsProblem;
import nl.woonzorg.model.area.AreaType;
import nl.woonzorg.model.targetgroup.TargetGroup;
import org.junit.jupiter.api.Test;

/**
 * The analysis engine on the three real gemeenten of KWB 2019 read as one table — Amsterdam,
 * Utrecht and 's-Gravenhage with all their wijken — with the two norms of the examples' {@code
 * data/analyse/normen.csv}: clustered homes for 23 % of the 65-plussers (seed 001) and zero-step
 * homes for 26 % of the 45–64-year-olds (Monitor Ouderenhuisvesting 2021). Every demand is the norm
 * times a sum of published wijk figures, exactly; the gemeenten's own rows, which CBS does not
 * make add up, are findings, not inputs.
 */
class KwbThreeGemeentenDemandTest {

  private static final Norm ZERO_STEP_26 = Norm.builder().id("nultreden-45")
      .targetGroup(TargetGroup.OUDEREN_55_PLUS).category("NULTREDEN")
      .base(PopulationMeasure.LEEFTIJD_45_TOT_65).ratio(Fraction.of(26, 100))
      .source("Monitor Ouderenhuisvesting 2021 (woningmarktbeleid.nl): 26 % van de verhuizers van"
          + " 55-64 wil een woning speciaal voor ouderen").sourceDate(LocalDate.of(2021, 1, 22))
      .build();

  private static final List<CbsProblem> MISMATCHES = new ArrayList<>();

  private static final PopulationTable THREE = KwbReader.of(KwbDenHaag2019Test.KWB_2019)
      .readTable(KwbFormat.CSV, List.of(
          KwbFixtureTest.fixture(KwbAmsterdamUtrecht2019Test.AMSTERDAM),
          KwbFixtureTest.fixture(KwbAmsterdamUtrecht2019Test.UTRECHT),
          KwbFixtureTest.fixture(KwbDenHaag2019Test.FIXTURE)), MISMATCHES::add);

  private static final GapAnalysis ANALYSIS = GapEngine.of(AreaHierarchy.netherlands(),
      List.of(KwbDenHaagDemandTest.CLUSTERED_23, ZERO_STEP_26)).compute(THREE,
      CategoryTally.builder(AreaType.WIJK, StockClassification.defaults()).build());

  private static Amount demand(String area, String category) {
    return ANALYSIS.row(area, category, 2019, null).orElseThrow().demand();
  }

  @Test
  void theThreeFilesAreOneTableOf183RowsWith54PlacesWhereCbsPartsMissTheirWhole() {
    assertEquals(183, THREE.rows().size());
    assertEquals(3, THREE.rows(AreaType.GEMEENTE).size());
    assertEquals(153, THREE.rows(AreaType.WIJK).size());  // 99 + 10 + 44
    assertEquals(54, MISMATCHES.size());                   // 16 + 16 + 22
    assertEquals(2 * 153, ANALYSIS.rows(AreaType.WIJK).size());  // a row per wijk and category
  }

  @Test
  void eachGemeentesDemandIsTheNormTimesTheSumOfItsWijkenExactly() {
    // Clustered: 23/100 of the 65-plussers of the wijken: 108,130, 36,590 and 78,010.
    assertEquals(Amount.exact(Fraction.of(248_699, 10)), demand("GM0363", "GECLUSTERD"));
    assertEquals(Amount.exact(Fraction.of(84_157, 10)), demand("GM0344", "GECLUSTERD"));
    assertEquals(Amount.exact(Fraction.of(179_423, 10)), demand("GM0518", "GECLUSTERD"));
    // Zero-step: 26/100 of the 45-64-year-olds of the wijken: 209,940, 74,535 and 139,140.
    assertEquals(Amount.exact(Fraction.of(272_922, 5)), demand("GM0363", "NULTREDEN"));
    assertEquals(Amount.exact(Fraction.of(193_791, 10)), demand("GM0344", "NULTREDEN"));
    assertEquals(Amount.exact(Fraction.of(180_882, 5)), demand("GM0518", "NULTREDEN"));

    // Not from Amsterdam's own row, whose 107,980 would give 24,835 2/5.
    GapRow amsterdam = ANALYSIS.row("GM0363", "GECLUSTERD", 2019, null).orElseThrow();
    assertEquals(99, amsterdam.children().size());
    assertEquals(Amount.exact(Fraction.of(108_130)),
        amsterdam.population(PopulationMeasure.LEEFTIJD_65_PLUS));
  }

  @Test
  void aWijksDemandIsTheNormTimesItsOwnPublishedFigure() {
    // WK036300: 405 65-plussers and 935 aged 45-64, its own row, not its buurten's 415 and 940.
    assertEquals(Amount.exact(Fraction.of(1_863, 20)), demand("WK036300", "GECLUSTERD"));
    assertEquals(Amount.exact(Fraction.of(2_431, 10)), demand("WK036300", "NULTREDEN"));
    GapRow wijk = ANALYSIS.row("WK034408", "GECLUSTERD", 2019, null).orElseThrow();
    assertEquals(Amount.exact(Fraction.of(4_623, 5)), wijk.demand());  // 4,020 × 23/100
    assertEquals(Amount.missing("WK034408"), wijk.supply());            // no stock was given
  }

  @Test
  void theProvincesAndTheNetherlandsAddUpTheGemeentenExactly() {
    assertEquals(demand("GM0363", "GECLUSTERD"), demand("PV27", "GECLUSTERD"));
    assertEquals(demand("GM0344", "GECLUSTERD"), demand("PV26", "GECLUSTERD"));
    assertEquals(demand("GM0518", "GECLUSTERD"), demand("PV28", "GECLUSTERD"));
    // 23/100 × 222,730 and 26/100 × 423,615.
    assertEquals(Amount.exact(Fraction.of(512_279, 10)), demand("NL00", "GECLUSTERD"));
    assertEquals(Amount.exact(Fraction.of(1_101_399, 10)), demand("NL00", "NULTREDEN"));
  }

  @Test
  void eachContradictionOfTheThreeExtractsIsAFinding() {
    List<String> contradictions = ANALYSIS.toAnalysis(0, RoundingMode.HALF_UP, Locale.ENGLISH)
        .getFindings().stream().map(finding -> finding.getId())
        .filter(id -> id.startsWith("optelling/")).toList();

    assertEquals(54, contradictions.size());
    assertEquals(List.of("optelling/GM0344/LEEFTIJD_65_PLUS", "optelling/GM0363/LEEFTIJD_65_PLUS",
        "optelling/GM0518/LEEFTIJD_65_PLUS", "optelling/WK034408/LEEFTIJD_65_PLUS",
        "optelling/WK036300/LEEFTIJD_65_PLUS", "optelling/WK051817/LEEFTIJD_65_PLUS"),
        contradictions.stream().filter(id -> id.endsWith("/LEEFTIJD_65_PLUS")).toList());
  }
}
