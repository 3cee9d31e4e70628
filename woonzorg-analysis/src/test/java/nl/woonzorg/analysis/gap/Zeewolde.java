package nl.woonzorg.analysis.gap;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.woonzorg.analysis.norm.Norm;
import nl.woonzorg.analysis.number.Fraction;
import nl.woonzorg.analysis.population.AreaPopulation;
import nl.woonzorg.analysis.population.Count;
import nl.woonzorg.analysis.population.PopulationMeasure;
import nl.woonzorg.analysis.population.PopulationSource;
import nl.woonzorg.analysis.population.PopulationTable;
import nl.woonzorg.analysis.supply.CategoryTally;
import nl.woonzorg.analysis.supply.StockClassification;
import nl.woonzorg.model.area.AreaType;
import nl.woonzorg.model.dwelling.Dwelling;
import nl.woonzorg.model.targetgroup.TargetGroup;
import nl.woonzorg.model.vera.HousingForm;
import nl.woonzorg.model.vera.UnitKind;

/**
 * A small worked case in the wijken of Zeewolde (GM0050). The population figures are illustrative,
 * not CBS's, though they are labelled with the KWB 2024 table as a reader would; the norm is the
 * published share of seed 001 (shared/ANALYSIS.md §3): 23 % of the 65-plussers want a suitable
 * home with meeting space.
 */
final class Zeewolde {

  static final PopulationSource KWB_2024 = PopulationSource.cbs("85984NED",
      LocalDate.of(2024, 1, 1));

  static final Norm CLUSTERED_23 = Norm.builder().id("geclusterd-65")
      .targetGroup(TargetGroup.OUDEREN_65_PLUS).category("GECLUSTERD")
      .base(PopulationMeasure.LEEFTIJD_65_PLUS).ratio(Fraction.of(23, 100))
      .source("Woonzorgvisie gemeente A: 23 % van de 65-plussers wil verhuizen naar een geschikte"
          + " woning met ontmoetingsruimte").sourceDate(LocalDate.of(2021, 1, 1)).build();

  private Zeewolde() {}

  static AreaPopulation wijk(String code, long inhabitants, Count elderly) {
    return AreaPopulation.builder(code, AreaType.WIJK)
        .count(PopulationMeasure.INWONERS, Count.of(inhabitants))
        .count(PopulationMeasure.LEEFTIJD_65_PLUS, elderly)
        .count(PopulationMeasure.HUISHOUDENS, Count.of(inhabitants * 2 / 5)).build();
  }

  /** WK005000: 10,000 people, 2,000 of 65+; WK005001: 5,000 and 1,000; and {@code more}. */
  static PopulationTable population(AreaPopulation... more) {
    PopulationTable.Builder table = PopulationTable.builder(KWB_2024)
        .add(wijk("WK005000", 10_000, Count.of(2_000)))
        .add(wijk("WK005001", 5_000, Count.of(1_000)));
    for (AreaPopulation row : more) {
      table.add(row);
    }
    return table.build();
  }

  /** WK005000: 100 clustered homes and 300 others; WK005001: 250 clustered. */
  static CategoryTally stock() {
    List<Dwelling> homes = new ArrayList<>();
    homes(homes, "WK005000", 100, HousingForm.GECLUSTERDE_WOONVORM);
    homes(homes, "WK005000", 300, null);
    homes(homes, "WK005001", 250, HousingForm.GECLUSTERDE_WOONVORM);
    CategoryTally.Builder tally = CategoryTally.builder(AreaType.WIJK,
        StockClassification.defaults());
    homes.forEach(tally::add);
    return tally.build();
  }

  static void homes(List<Dwelling> into, String wijk, int number, HousingForm form) {
    for (int index = 0; index < number; index++) {
      Dwelling.Builder home = Dwelling.builder().id(wijk + "-" + form + "-" + index)
          .unitKind(UnitKind.WOONRUIMTE).municipalityCode("GM" + wijk.substring(2, 6))
          .districtCode(wijk);
      if (form != null) {
        home.housingForm(form);
      }
      into.add(home.build());
    }
  }
}
