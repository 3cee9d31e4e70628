package nl.woonzorg.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.woonzorg.analysis.gap.Amount;
import nl.woonzorg.analysis.gap.Calculation;
import nl.woonzorg.analysis.gap.GapAnalysis;
import nl.woonzorg.analysis.gap.GapEngine;
import nl.woonzorg.analysis.gap.GapRow;
import nl.woonzorg.analysis.norm.Norm;
import nl.woonzorg.analysis.number.Fraction;
import nl.woonzorg.analysis.population.AreaPopulation;
import nl.woonzorg.analysis.population.Count;
import nl.woonzorg.analysis.population.PopulationMeasure;
import nl.woonzorg.analysis.population.PopulationSource;
import nl.woonzorg.analysis.population.PopulationTable;
import nl.woonzorg.analysis.region.AreaHierarchy;
import nl.woonzorg.analysis.supply.CategoryTally;
import nl.woonzorg.analysis.supply.StockClassification;
import nl.woonzorg.model.analysis.Analysis;
import nl.woonzorg.model.area.AreaType;
import nl.woonzorg.model.dwelling.Dwelling;
import nl.woonzorg.model.fixture.ReadmeSnippet;
import nl.woonzorg.model.targetgroup.TargetGroup;
import nl.woonzorg.model.vera.HousingForm;
import nl.woonzorg.model.vera.UnitKind;
import org.junit.jupiter.api.Test;

/**
 * The woonzorganalyse example of this module's README.md, run with the values its comments claim,
 * and kept in step with the README's copy. The norm is seed 001's published share
 * (shared/ANALYSIS.md §3); the population and stock are illustrative.
 */
class GapReadmeExampleTest {

  private static final Path THIS_FILE =
      Path.of("src", "test", "java", "nl", "woonzorg", "analysis", "GapReadmeExampleTest.java");

  @Test
  void theExampleGivesWhatItsCommentsSay() {
    List<Dwelling> dwellings = new ArrayList<>();
    for (int index = 0; index < 160; index++) {
      dwellings.add(Dwelling.builder().id("vhe-" + index).unitKind(UnitKind.WOONRUIMTE)
          .municipalityCode("GM0050").districtCode("WK005000")
          .housingForm(HousingForm.GECLUSTERDE_WOONVORM).build());
    }
    // tag::gap[]
    // The norm, with its source: 23 % of the 65-plussers want a clustered home (seed 001).
    Norm clustered = Norm.builder().id("geclusterd-65").targetGroup(TargetGroup.OUDEREN_65_PLUS)
        .category("GECLUSTERD").base(PopulationMeasure.LEEFTIJD_65_PLUS)
        .ratio(Fraction.of(23, 100)).source("Woonzorgvisie gemeente A")
        .sourceDate(LocalDate.of(2021, 1, 1)).build();

    // Two wijken of Zeewolde (illustrative figures); CBS suppressed the second's 65-plussers.
    PopulationTable population = PopulationTable.builder(
            PopulationSource.cbs("85984NED", LocalDate.of(2024, 1, 1)))
        .add(AreaPopulation.builder("WK005000", AreaType.WIJK)
            .count(PopulationMeasure.LEEFTIJD_65_PLUS, Count.of(1_800)).build())
        .add(AreaPopulation.builder("WK005009", AreaType.WIJK)
            .count(PopulationMeasure.LEEFTIJD_65_PLUS, Count.suppressed()).build())
        .build();

    // The stock, counted record by record by the classification table the module ships.
    CategoryTally.Builder stock =
        CategoryTally.builder(AreaType.WIJK, StockClassification.defaults());
    dwellings.forEach(stock::add);                           // 160 clustered homes in WK005000

    GapAnalysis analysis = GapEngine.of(AreaHierarchy.netherlands(), List.of(clustered))
        .compute(population, stock.build());
    GapRow wijk = analysis.row("WK005000", "GECLUSTERD", 2024, null).orElseThrow();
    Fraction gap = wijk.gap().exactValue().orElseThrow();          // 254: demand 414 − 160
    Optional<Fraction> coverage = wijk.coverage();                 // 80/207
    Amount zeewolde = analysis.row("GM0050", "GECLUSTERD", 2024, null).orElseThrow().demand();
    // zeewolde.isPartial(): 414 is known, WK005009 is suppressed, and never counted as 0
    Analysis document = analysis.toAnalysis(0, RoundingMode.HALF_UP, Locale.ENGLISH);
    List<Calculation> record = analysis.calculations();  // the formula and inputs of each number
    // end::gap[]

    assertEquals(Fraction.of(254), gap);
    assertEquals(Optional.of(Fraction.of(80, 207)), coverage);
    assertTrue(zeewolde.isPartial());
    assertEquals(Optional.of(Fraction.of(414)), zeewolde.value());
    assertTrue(document.getFindings().stream()
        .anyMatch(finding -> finding.getId().equals("onbekend/geheim")));
    assertTrue(record.stream().anyMatch(
        calculation -> calculation.id().equals("opgave/WK005000/GECLUSTERD/2024")
            && calculation.result().equals("254")));
  }

  @Test
  void readmeShowsExactlyThisExample() throws IOException {
    ReadmeSnippet.assertReadmeShows(Path.of("README.md"), THIS_FILE, "gap");
  }
}
