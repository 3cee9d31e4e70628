package nl.woonzorg.cbs.kwb;

import static nl.woonzorg.analysis.population.PopulationMeasure.EENPERSOONSHUISHOUDENS;
import static nl.woonzorg.analysis.population.PopulationMeasure.HUISHOUDENS;
import static nl.woonzorg.analysis.population.PopulationMeasure.INWONERS;
import static nl.woonzorg.analysis.population.PopulationMeasure.LEEFTIJD_0_TOT_15;
import static nl.woonzorg.analysis.population.PopulationMeasure.LEEFTIJD_15_TOT_25;
import static nl.woonzorg.analysis.population.PopulationMeasure.LEEFTIJD_25_TOT_45;
import static nl.woonzorg.analysis.population.PopulationMeasure.LEEFTIJD_45_TOT_65;
import static nl.woonzorg.analysis.population.PopulationMeasure.LEEFTIJD_65_PLUS;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.woonzorg.analysis.population.AreaPopulation;
import nl.woonzorg.analysis.population.PopulationMeasure;
import nl.woonzorg.analysis.population.PopulationTable;
import nl.woonzorg.analysis.region.AreaHierarchy;
import nl.woonzorg.model.area.AreaType;

/**
 * What the real KWB extracts show about CBS's rounding, worked out here apart from the reader's
 * own check ({@code TotalMismatch}) so that the tests compare two computations: KWB rounds each
 * wijk and buurt figure to a multiple of 5 (which moves it by at most 2), not the gemeente's.
 */
final class RoundedParts {

  private RoundedParts() {}

  /**
   * Where the parts in a table miss their whole.
   *
   * @param differences every whole and measure whose parts do not add up, as {@code "CODE MEASURE
   *     sum-minus-whole"}, in the table's order of wholes and {@link PopulationMeasure}'s order
   * @param beyondRounding those differences larger than rounding explains: 2 for each rounded
   *     figure (each part, and the whole when it is a wijk)
   * @param partsNotMultiplesOfFive wijk and buurt figures that are not multiples of 5
   * @param gemeentenNotMultiplesOfFive gemeente figures that are not multiples of 5
   */
  record Gaps(List<String> differences, List<String> beyondRounding,
      List<String> partsNotMultiplesOfFive, List<String> gemeentenNotMultiplesOfFive) {}

  /** The gaps of {@code table}, whose every figure must be known, placed by {@code hierarchy}. */
  static Gaps gaps(PopulationTable table, AreaHierarchy hierarchy) {
    List<String> differences = new ArrayList<>();
    List<String> beyondRounding = new ArrayList<>();
    List<String> parts5 = new ArrayList<>();
    List<String> gemeenten5 = new ArrayList<>();
    for (AreaPopulation whole : table.rows().values()) {
      List<String> notFive = whole.level() == AreaType.GEMEENTE ? gemeenten5 : parts5;
      whole.counts().forEach((measure, count) -> {
        if (count.valueOrThrow() % 5 != 0) {
          notFive.add(whole.areaCode() + " " + measure.getCode() + " " + count.valueOrThrow());
        }
      });
      List<AreaPopulation> parts = table.rows().values().stream()
          .filter(part -> part.level() != AreaType.GEMEENTE
              && hierarchy.parent(part.areaCode()).filter(whole.areaCode()::equals).isPresent())
          .toList();
      if (parts.isEmpty()) {
        continue;
      }
      long bound = 2L * (parts.size() + (whole.level() == AreaType.WIJK ? 1 : 0));
      for (PopulationMeasure measure : PopulationMeasure.values()) {
        long sum = parts.stream()
            .mapToLong(part -> part.count(measure).orElseThrow().valueOrThrow()).sum();
        long difference = sum - whole.count(measure).orElseThrow().valueOrThrow();
        if (difference != 0) {
          differences.add(whole.areaCode() + " " + measure.getCode() + " " + difference);
        }
        if (Math.abs(difference) > bound) {
          beyondRounding.add(whole.areaCode() + " " + measure.getCode() + ": " + difference
              + " beyond ±" + bound);
        }
      }
    }
    return new Gaps(differences, beyondRounding, parts5, gemeenten5);
  }

  /** A row's eight figures in {@link PopulationMeasure}'s order, as {@code values} gives them. */
  static Map<PopulationMeasure, Long> figures(long inhabitants, long aged0to15,
      long aged15to25, long aged25to45, long aged45to65, long aged65plus, long households,
      long onePerson) {
    Map<PopulationMeasure, Long> figures = new LinkedHashMap<>();
    figures.put(INWONERS, inhabitants);
    figures.put(LEEFTIJD_0_TOT_15, aged0to15);
    figures.put(LEEFTIJD_15_TOT_25, aged15to25);
    figures.put(LEEFTIJD_25_TOT_45, aged25to45);
    figures.put(LEEFTIJD_45_TOT_65, aged45to65);
    figures.put(LEEFTIJD_65_PLUS, aged65plus);
    figures.put(HUISHOUDENS, households);
    figures.put(EENPERSOONSHUISHOUDENS, onePerson);
    return figures;
  }
}
