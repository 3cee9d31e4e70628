package nl.woonzorg.analysis.gap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import nl.woonzorg.analysis.norm.Norm;
import nl.woonzorg.analysis.normalisation.Normalisation;
import nl.woonzorg.analysis.number.Fraction;
import nl.woonzorg.analysis.population.AreaPopulation;
import nl.woonzorg.analysis.population.Count;
import nl.woonzorg.analysis.population.ForecastScenario;
import nl.woonzorg.analysis.population.PopulationForecast;
import nl.woonzorg.analysis.population.PopulationMeasure;
import nl.woonzorg.analysis.population.PopulationSource;
import nl.woonzorg.analysis.population.PopulationTable;
import nl.woonzorg.analysis.population.TotalMismatch;
import nl.woonzorg.analysis.region.AreaHierarchy;
import nl.woonzorg.analysis.supply.CategoryTally;
import nl.woonzorg.analysis.supply.StockClassification;
import nl.woonzorg.model.analysis.Analysis;
import nl.woonzorg.model.analysis.AnalysisFinding;
import nl.woonzorg.model.analysis.FigureKind;
import nl.woonzorg.model.analysis.SupplyDemandFigure;
import nl.woonzorg.model.area.AreaType;
import nl.woonzorg.model.dwelling.Dwelling;
import nl.woonzorg.model.dwelling.DwellingType;
import nl.woonzorg.model.targetgroup.TargetGroup;
import nl.woonzorg.model.vera.HousingForm;
import nl.woonzorg.model.vera.UnitKind;
import org.junit.jupiter.api.Test;

/** Demand, supply and gap in the wijken of Zeewolde, worked by hand (see {@link Zeewolde}). */
class GapEngineTest {

  private static final GapEngine ENGINE =
      GapEngine.of(AreaHierarchy.netherlands(), List.of(Zeewolde.CLUSTERED_23));

  private static GapRow row(GapAnalysis analysis, String area) {
    return analysis.row(area, "GECLUSTERD", 2024, null).orElseThrow();
  }

  @Test
  void demandIsPopulationTimesTheNormExactlyAndTheGapIsDemandMinusSupply() {
    GapAnalysis analysis = ENGINE.compute(Zeewolde.population(), Zeewolde.stock());
    GapRow wijk = row(analysis, "WK005000");
    assertEquals(Amount.exact(Fraction.of(460)), wijk.demand());           // 23 % of 2,000
    assertEquals(Amount.exact(Fraction.of(100)), wijk.supply());
    assertEquals(Amount.exact(Fraction.of(360)), wijk.gap());
    assertEquals(Optional.of(Fraction.of(5, 23)), wijk.coverage());
    assertEquals(Amount.exact(Fraction.of(-20)), row(analysis, "WK005001").gap());
    GapRow gemeente = row(analysis, "GM0050");
    assertEquals(Amount.exact(Fraction.of(690)), gemeente.demand());
    assertEquals(Amount.exact(Fraction.of(350)), gemeente.supply());
    assertEquals(Set.of("WK005000", "WK005001"), gemeente.children());
    assertEquals(List.of("GM0050", "CR40", "PV24", "NL00"),
        List.of("GM0050", "CR40", "PV24", "NL00").stream()
            .filter(code -> row(analysis, code).demand().equals(gemeente.demand())).toList());
  }

  @Test
  void aGemeenteRowItsWijkenContradictIsAFindingNamingBothFigures() {
    // Built in code: woonzorg-cbs would refuse to read such a table.
    GapAnalysis analysis = ENGINE.compute(Zeewolde.population(
        AreaPopulation.builder("GM0050", AreaType.GEMEENTE)
            .count(PopulationMeasure.INWONERS, Count.of(15_001)).build()), Zeewolde.stock());
    assertEquals(List.of(TotalMismatch.find(analysis.population(), AreaHierarchy.netherlands())
        .get(0).toString()), List.of("GM0050 INWONERS: 15001, parts 15000 (2 of 2 known)"));
    AnalysisFinding finding = analysis.toAnalysis(0, RoundingMode.HALF_UP, Locale.ENGLISH)
        .getFindings().stream().filter(found -> found.getId().equals("optelling/GM0050/INWONERS"))
        .findFirst().orElseThrow();
    assertEquals("The population table contradicts itself: the inhabitants of GM0050 are 15001"
        + " and those of its wijken add up to 15000.", finding.getStatement());
    assertEquals(List.of("GM0050"), List.copyOf(finding.getAreaIds()));
  }

  @Test
  void aSuppressedCountMakesDemandUnknownAndEverySumAboveItPartialNeverZero() {
    GapAnalysis analysis = ENGINE.compute(
        Zeewolde.population(Zeewolde.wijk("WK005002", 300, Count.suppressed())),
        Zeewolde.stock());
    GapRow small = row(analysis, "WK005002");
    assertEquals(Optional.empty(), small.demand().value());
    assertEquals(Set.of("WK005002"), small.demand().suppressedAreas());
    assertEquals(Amount.exact(Fraction.ZERO), small.supply());   // the stock covers Zeewolde
    assertEquals(Optional.empty(), small.coverage());
    for (String code : List.of("GM0050", "CR40", "PV24", "NL00")) {
      Amount demand = row(analysis, code).demand();
      assertTrue(demand.isPartial(), code);
      assertEquals(Optional.of(Fraction.of(690)), demand.value());
      assertEquals(Set.of("WK005002"), demand.suppressedAreas());
      assertEquals(Optional.empty(), row(analysis, code).coverage());
    }
  }

  @Test
  void anAreaOfAGemeenteWithoutStockHasMissingSupplyNotZero() {
    GapAnalysis analysis = ENGINE.compute(
        Zeewolde.population(Zeewolde.wijk("WK003400", 1_000, Count.of(100))), Zeewolde.stock());
    GapRow almere = row(analysis, "WK003400");
    assertEquals(Set.of("WK003400"), almere.supply().missingAreas());
    assertFalse(row(analysis, "NL00").supply().isComplete());
  }

  @Test
  void homesOfAGemeenteWithoutAnyAreaInTheDataAreMissingInItsOwnRowAndEveryRowAbove() {
    CategoryTally.Builder tally = CategoryTally.builder(AreaType.WIJK,
        StockClassification.defaults());
    tally.add(Dwelling.builder().id("almere-1").unitKind(UnitKind.WOONRUIMTE)
        .municipalityCode("GM0034").housingForm(HousingForm.GECLUSTERDE_WOONVORM).build());
    GapAnalysis analysis = ENGINE.compute(Zeewolde.population(), tally.build());
    GapRow almere = row(analysis, "GM0034");
    assertEquals(Amount.missing("GM0034"), almere.supply());
    assertEquals(Set.of("GM0034"), almere.demand().missingAreas());
    assertEquals(Set.of(), almere.children());
    GapRow flevoland = row(analysis, "CR40");
    assertEquals(Set.of("GM0034", "GM0050"), flevoland.children());
    // Zeewolde's wijken miss their supply too: this stock has no home there.
    assertEquals(Set.of("GM0034", "WK005000", "WK005001"), flevoland.supply().missingAreas());
    assertTrue(row(analysis, "NL00").supply().missingAreas().contains("GM0034"));
  }

  @Test
  void noPopulationAndNoStockGiveNoRows() {
    GapAnalysis analysis = ENGINE.compute(PopulationTable.builder(Zeewolde.KWB_2024).build(),
        CategoryTally.builder(AreaType.WIJK, StockClassification.defaults()).build());
    assertEquals(List.of(), analysis.rows());
  }

  @Test
  void figuresAreNormalisedAndIndexedAgainstTheRegion() {
    GapAnalysis analysis = ENGINE.compute(Zeewolde.population(), Zeewolde.stock());
    GapRow wijk = row(analysis, "WK005000");
    assertEquals(Optional.of(Fraction.of(36)),
        wijk.normalised(wijk.gap(), Normalisation.PER_1000_INHABITANTS));
    assertEquals(Optional.of(Fraction.of(180)),
        wijk.normalised(wijk.gap(), Normalisation.of(PopulationMeasure.LEEFTIJD_65_PLUS, 1000)));
    assertEquals(Optional.of(Fraction.of(90_000)),
        wijk.normalised(wijk.gap(), Normalisation.PER_100000_DWELLINGS));
    // Zeewolde: 340 per 15,000 inhabitants = 68/3 per 1,000; the wijk's 36 is 2700/17 % of it.
    assertEquals(Optional.of(Fraction.of(2700, 17)),
        analysis.index(wijk, Normalisation.PER_1000_INHABITANTS, AreaType.GEMEENTE));
  }

  @Test
  void theGapPerThousandHouseholdsIsExact() {
    GapAnalysis analysis = ENGINE.compute(Zeewolde.population(), Zeewolde.stock());
    GapRow wijk = row(analysis, "WK005000");
    GapRow zeewolde = analysis.row("GM0050", "GECLUSTERD", 2024, null).orElseThrow();
    // WK005000: a gap of 360 (460 − 100) over 4,000 households is 90 per 1,000.
    assertEquals(Optional.of(Fraction.of(90)),
        wijk.normalised(wijk.gap(), Normalisation.PER_1000_HOUSEHOLDS));
    // Zeewolde: 340 (690 − 350) over 6,000 households is 170/3 per 1,000 (56.67).
    assertEquals(Optional.of(Fraction.of(170, 3)),
        zeewolde.normalised(zeewolde.gap(), Normalisation.PER_1000_HOUSEHOLDS));
    // 90 / (170/3) × 100 = 2700/17.
    assertEquals(Optional.of(Fraction.of(2700, 17)),
        analysis.index(wijk, Normalisation.PER_1000_HOUSEHOLDS, AreaType.GEMEENTE));
  }

  @Test
  void aForecastGivesEachYearAndScenarioAndFlagsSupplyBelowTheBand() {
    PopulationForecast forecast = PopulationForecast.builder(
            PopulationSource.cbs("85173NED", LocalDate.of(2023, 1, 1)))
        .add("GM0050", 2030, 16_500, 18_000, 19_500).build();
    GapAnalysis analysis = ENGINE.compute(Zeewolde.population(), Zeewolde.stock(), forecast);
    GapRow low = analysis.row("GM0050", "GECLUSTERD", 2030, ForecastScenario.LAAG).orElseThrow();
    assertEquals(Amount.exact(Fraction.of(759)), low.demand());              // 690 × 11/10
    assertEquals(Amount.exact(Fraction.of(350)), low.supply());
    assertEquals(Amount.exact(Fraction.of(828)), analysis.row("NL00", "GECLUSTERD", 2030,
        ForecastScenario.MIDDEN).orElseThrow().demand());                   // 690 × 6/5
    Analysis document = analysis.toAnalysis(0, RoundingMode.HALF_UP, Locale.ENGLISH);
    assertTrue(document.getFindings().stream().anyMatch(finding -> finding.getId()
        .equals("onder-bandbreedte/GM0050/GECLUSTERD")
        && finding.getStatement().contains("[2030]")), document.getFindings().toString());
  }

  @Test
  void aGemeenteWithoutAForecastFigureLeavesThePopulationAboveItPartial() {
    PopulationForecast forecast = PopulationForecast.builder(
            PopulationSource.cbs("85173NED", LocalDate.of(2023, 1, 1)))
        .add("GM0050", 2030, 16_500, 18_000, 19_500).build();
    GapAnalysis analysis = ENGINE.compute(
        Zeewolde.population(Zeewolde.wijk("WK003401", 1_000, Count.of(200))), Zeewolde.stock(),
        forecast);
    // Almere (GM0034) lies in Flevoland with Zeewolde but has no figure for 2030.
    GapRow flevoland = analysis.row("PV24", "GECLUSTERD", 2030, ForecastScenario.MIDDEN)
        .orElseThrow();
    assertEquals(Amount.exact(Fraction.of(18_000)).plus(Amount.missing("GM0034")),
        flevoland.population(PopulationMeasure.INWONERS));
    assertEquals(Amount.exact(Fraction.of(828)).plus(Amount.missing("GM0034")),
        flevoland.demand());                                                // 690 × 6/5
  }

  @Test
  void theDocumentHoldsRoundedFiguresAndFindingsForTheBottlenecks() {
    GapAnalysis analysis = ENGINE.compute(
        Zeewolde.population(Zeewolde.wijk("WK005002", 300, Count.suppressed())),
        Zeewolde.stock());
    Analysis document = analysis.toAnalysis(1, RoundingMode.HALF_EVEN, Locale.forLanguageTag("nl"));
    SupplyDemandFigure shortage = document.getFigures().stream()
        .filter(figure -> figure.getId().equals("tekort/WK005000/GECLUSTERD/2024"))
        .findFirst().orElseThrow();
    assertEquals(FigureKind.TEKORT, shortage.getKind());
    assertEquals(0, new BigDecimal("360").compareTo(shortage.getValue().getValue()));
    assertEquals(Optional.of(DwellingType.GECLUSTERDE_WOONVORM), shortage.getDwellingType());
    assertTrue(document.getFigures().stream().noneMatch(
        figure -> figure.getAreaId().equals(Optional.of("GM0050"))
            && figure.getKind() == FigureKind.VRAAG), "a partial sum is not a figure");
    assertTrue(document.getFindings().stream().anyMatch(
        finding -> finding.getId().equals("grootste-tekort/WK005000/GECLUSTERD/2024")));
    assertTrue(document.getFindings().stream().anyMatch(
        finding -> finding.getId().equals("laagste-dekking/WK005000/GECLUSTERD/2024")
            && finding.getStatement().contains("21.7 %")));
    assertEquals(Set.of("WK005002"), document.getFindings().stream()
        .filter(finding -> finding.getId().equals("onbekend/geheim")).findFirst().orElseThrow()
        .getAreaIds());
    assertTrue(document.findSource("norm-geclusterd-65").isPresent());
  }

  @Test
  void everyNumberSaysWhereItCameFrom() {
    GapAnalysis analysis = ENGINE.compute(Zeewolde.population(), Zeewolde.stock());
    Calculation leaf = analysis.calculations().stream()
        .filter(c -> c.id().equals("vraag/WK005000/GECLUSTERD/2024/OUDEREN_65_PLUS"))
        .findFirst().orElseThrow();
    assertEquals("460", leaf.result());
    assertTrue(leaf.inputs().get("norm geclusterd-65").startsWith("23/100 (Woonzorgvisie"));
    assertEquals("2000 (Bron: CBS, tabel 85984NED, peildatum 1-1-2024)",
        leaf.inputs().get("LEEFTIJD_65_PLUS WK005000"));
    Calculation sum = analysis.calculations().stream()
        .filter(c -> c.id().equals("aanbod/GM0050/GECLUSTERD/2024")).findFirst().orElseThrow();
    assertEquals(List.of("aanbod/WK005000/GECLUSTERD/2024", "aanbod/WK005001/GECLUSTERD/2024"),
        List.copyOf(sum.inputs().keySet()));
  }

  @Test
  void aNormForACategoryTheClassificationLacksIsRefused() {
    Norm unknown = Norm.builder().id("x").targetGroup(TargetGroup.OUDEREN_75_PLUS)
        .category("HOFJE").base(PopulationMeasure.LEEFTIJD_65_PLUS).ratio(Fraction.ONE)
        .source("own").sourceDate(LocalDate.of(2024, 1, 1)).build();
    assertThrows(IllegalArgumentException.class, () -> GapEngine.of(
        AreaHierarchy.netherlands(), List.of(unknown)).compute(Zeewolde.population(),
        Zeewolde.stock()));
  }
}
