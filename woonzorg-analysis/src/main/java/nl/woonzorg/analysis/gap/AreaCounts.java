package nl.woonzorg.analysis.gap;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.woonzorg.analysis.number.Fraction;
import nl.woonzorg.analysis.population.PopulationMeasure;
import org.jspecify.annotations.Nullable;

/**
 * What an area has whatever the category: its population per measure and its number of homes.
 * Computed and summed once per area and shared by the area's rows of every category, since a
 * national analysis has tens of thousands of areas. Immutable.
 */
final class AreaCounts {

  private final Map<PopulationMeasure, Amount> population;
  private final Amount homes;

  AreaCounts(Map<PopulationMeasure, Amount> population, Amount homes) {
    this(copy(population), homes);
  }

  /** Counts that keep {@code population} itself, which no one else may hold or change. */
  private AreaCounts(EnumMap<PopulationMeasure, Amount> population, Amount homes) {
    this.population = Collections.unmodifiableMap(population);
    this.homes = homes;
  }

  private static EnumMap<PopulationMeasure, Amount> copy(
      Map<PopulationMeasure, Amount> population) {
    EnumMap<PopulationMeasure, Amount> copy = new EnumMap<>(PopulationMeasure.class);
    copy.putAll(population);
    return copy;
  }

  /**
   * The counts of a gemeente the population has no row for and whose homes have no code at the
   * analysis level: every measure and the homes missing.
   */
  static AreaCounts unknown(String gemeente) {
    EnumMap<PopulationMeasure, Amount> population = new EnumMap<>(PopulationMeasure.class);
    for (PopulationMeasure measure : PopulationMeasure.values()) {
      population.put(measure, Amount.missing(gemeente));
    }
    return new AreaCounts(population, Amount.missing(gemeente));
  }

  /** The exact sum of {@code parts}, measure by measure. */
  static AreaCounts sum(List<AreaCounts> parts) {
    EnumMap<PopulationMeasure, Amount> population = new EnumMap<>(PopulationMeasure.class);
    parts.forEach(part -> part.population.forEach(
        (measure, amount) -> population.merge(measure, amount, Amount::plus)));
    return new AreaCounts(population,
        Amount.sum(parts.stream().map(part -> part.homes).toList()));
  }

  /**
   * These counts in a forecast year that has no factor for {@code gemeente}: every measure of the
   * population missing, the homes today's. An empty population would be left out of every sum
   * above the gemeente, as if it had no people.
   */
  AreaCounts withoutPopulation(String gemeente) {
    return new AreaCounts(unknown(gemeente).population, homes);
  }

  /** These counts with the homes lacking those of {@code gemeente} without a code. */
  AreaCounts lacking(String gemeente) {
    return new AreaCounts(population, homes.plus(Amount.missing(gemeente)));
  }

  /** These counts in a forecast year: the population times {@code factor}, the homes today's. */
  AreaCounts scaled(Fraction factor) {
    EnumMap<PopulationMeasure, Amount> scaled = new EnumMap<>(PopulationMeasure.class);
    population.forEach((measure, amount) -> scaled.put(measure, amount.times(factor)));
    return new AreaCounts(scaled, homes);
  }

  /** The count of {@code measure}; null if the source has none. */
  @Nullable Amount population(PopulationMeasure measure) {
    return population.get(measure);
  }

  Amount homes() {
    return homes;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof AreaCounts && ((AreaCounts) other).population.equals(population)
        && ((AreaCounts) other).homes.equals(homes);
  }

  @Override
  public int hashCode() {
    return Objects.hash(population, homes);
  }
}
