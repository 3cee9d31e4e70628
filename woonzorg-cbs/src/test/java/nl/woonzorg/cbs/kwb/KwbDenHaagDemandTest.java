package nl.woonzorg.cbs.kwb;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.woonzorg.analysis.gap.Amount;
import nl.woonzorg.analysis.gap.GapAnalysis;
import nl.woonzorg.analysis.gap.GapEngine;
import nl.woonzorg.analysis.gap.GapRow;
import nl.woonzorg.analysis.norm.Norm;
import nl.woonzorg.analysis.number.Fraction;
import nl.woonzorg.analysis.population.PopulationMeasure;
import nl.woonzorg.analysis.region.AreaHierarchy;
import nl.woonzorg.analysis.supply.CategoryTally;
import nl.woonzorg.analysis.supply.StockClassification;
import nl.woonzorg.model.analysis.AnalysisFinding;
import nl.woonzorg.model.area.AreaType;
import nl.woonzorg.model.targetgroup.TargetGroup;
import org.junit.jupiter.api.Test;

/**
 * The analysis engine on CBS's real figures: demand for clustered homes in the 44 wijken of
 * 's-Gravenhage (KWB 2019, {@link KwbDenHaag2019Test#FIXTURE}) with the published share of seed
 * 001 as the norm (shared/ANALYSIS.md §3: 23 % of the 65-plussers want a suitable home with
 * meeting space). The fixture has no stock, so supply is missing, never zero; the table's own
 * contradictions come out as findings.
 */
class KwbDenHaagDemandTest {

  static final Norm CLUSTERED_23 = Norm.builder().id("geclusterd-65")
      .targetGroup(TargetGroup.OUDEREN_65_PLUS).category("GECLUSTERD")
      .base(PopulationMeasure.LEEFTIJD_65_PLUS).ratio(Fraction.of(23, 100))
      .source("Woonzorgvisie gemeente A: 23 % van de 65-plussers wil verhuizen naar een geschikte"
          + " woning met ontmoetingsruimte").sourceDate(LocalDate.of(2021, 1, 1)).build();

  private static final GapAnalysis ANALYSIS =
      GapEngine.of(AreaHierarchy.netherlands(), List.of(CLUSTERED_23)).compute(
          KwbDenHaag2019Test.streamed(),
          CategoryTally.builder(AreaType.WIJK, StockClassification.defaults()).build());

  private static GapRow row(String area) {
    return ANALYSIS.row(area, "GECLUSTERD", 2019, null).orElseThrow();
  }

  @Test
  void demandInAWijkIs23PercentOfItsPublished65PlussersExactly() {
    GapRow wijk = row("WK051804");

    assertEquals(Amount.exact(Fraction.of(3_695)), wijk.population(
        PopulationMeasure.LEEFTIJD_65_PLUS));
    assertEquals(Amount.exact(Fraction.of(16_997, 20)), wijk.demand());  // 3,695 × 23/100
    assertEquals(Amount.missing("WK051804"), wijk.supply());
    assertEquals(Optional.empty(), wijk.coverage());
    // An empty wijk has no demand, exactly: its 65-plussers are a published 0, not unknown.
    assertEquals(Amount.exact(Fraction.ZERO), row("WK051801").demand());
  }

  @Test
  void theGemeentesDemandIsTheSumOverItsWijkenNotItsOwnRow() {
    GapRow gemeente = row("GM0518");

    assertEquals(44, gemeente.children().size());
    // 23/100 of 78,010, the sum of the wijken; the gemeente's own row says 78,020.
    assertEquals(Amount.exact(Fraction.of(179_423, 10)), gemeente.demand());
    assertEquals(gemeente.demand(), row("NL00").demand());
  }

  @Test
  void eachContradictionOfTheTableIsAFindingNamingBothFigures() {
    List<AnalysisFinding> contradictions = ANALYSIS.toAnalysis(0, RoundingMode.HALF_UP,
        Locale.ENGLISH).getFindings().stream()
        .filter(finding -> finding.getId().startsWith("optelling/")).toList();

    assertEquals(22, contradictions.size());
    assertEquals("The population table contradicts itself: the inhabitants aged 65 and over of"
        + " GM0518 are 78020 and those of its wijken add up to 78010.",
        contradictions.stream().filter(finding -> finding.getId().equals(
            "optelling/GM0518/LEEFTIJD_65_PLUS")).findFirst().orElseThrow().getStatement());
  }
}
