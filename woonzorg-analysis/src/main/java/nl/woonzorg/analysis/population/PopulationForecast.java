package nl.woonzorg.analysis.population;

import java.util.Arrays;
import java.util.Collections;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import nl.woonzorg.model.area.AreaType;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A population forecast (<i>bevolkingsprognose</i>) per gemeente and year in three {@link
 * ForecastScenario scenarios}: low, central and high, e.g. the bounds of the 67 % interval and the
 * forecast of CBS/PBL's regional forecast (table 85173NED), with its {@link PopulationSource}.
 *
 * <p>Figures are total inhabitants. The age and household detail of the regional forecasts of 2019
 * and 2022 was withdrawn as unreliable, so this type holds totals only. In every gemeente and
 * year, low ≤ central ≤ high.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class PopulationForecast {

  private static final ForecastScenario[] SCENARIOS = ForecastScenario.values();

  private final PopulationSource source;
  /** Per gemeente code, per year, the inhabitants per scenario by ordinal. */
  private final SortedMap<String, SortedMap<Integer, long[]>> figures;

  private PopulationForecast(PopulationSource source,
      SortedMap<String, SortedMap<Integer, long[]>> figures) {
    this.source = source;
    SortedMap<String, SortedMap<Integer, long[]>> copy = new TreeMap<>();
    figures.forEach((code, years) -> {
      SortedMap<Integer, long[]> yearsCopy = new TreeMap<>();
      years.forEach((year, values) -> yearsCopy.put(year, values.clone()));
      copy.put(code, yearsCopy);
    });
    this.figures = copy;
  }

  /** Returns a new, empty builder of a forecast of {@code source}. */
  public static Builder builder(PopulationSource source) {
    return new Builder(source);
  }

  /** Where the figures come from; its reference date is the date the forecast was made from. */
  public PopulationSource source() {
    return source;
  }

  /** The codes of the gemeenten forecast, in code order; an immutable set. */
  public SortedSet<String> municipalities() {
    return Collections.unmodifiableSortedSet(new TreeSet<>(figures.keySet()));
  }

  /** The years forecast for gemeente {@code code}, ascending; empty if none. An immutable set. */
  public SortedSet<Integer> years(String code) {
    SortedMap<Integer, long[]> years = figures.get(Objects.requireNonNull(code, "code"));
    return Collections.unmodifiableSortedSet(
        years == null ? new TreeSet<>() : new TreeSet<>(years.keySet()));
  }

  /**
   * The inhabitants forecast for gemeente {@code code} in {@code year} in {@code scenario}; empty
   * if the forecast has no figure for that gemeente and year.
   */
  public OptionalLong inhabitants(String code, int year, ForecastScenario scenario) {
    Objects.requireNonNull(scenario, "scenario");
    SortedMap<Integer, long[]> years = figures.get(Objects.requireNonNull(code, "code"));
    long[] values = years == null ? null : years.get(year);
    return values == null ? OptionalLong.empty() : OptionalLong.of(values[scenario.ordinal()]);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    if (!(other instanceof PopulationForecast)
        || !((PopulationForecast) other).source.equals(source)
        || !((PopulationForecast) other).figures.keySet().equals(figures.keySet())) {
      return false;
    }
    SortedMap<String, SortedMap<Integer, long[]>> others = ((PopulationForecast) other).figures;
    return figures.entrySet().stream().allMatch(entry -> sameYears(entry.getValue(),
        others.get(entry.getKey())));
  }

  private static boolean sameYears(SortedMap<Integer, long[]> one, SortedMap<Integer, long[]> two) {
    return one.keySet().equals(two.keySet()) && one.entrySet().stream()
        .allMatch(entry -> Arrays.equals(entry.getValue(), two.get(entry.getKey())));
  }

  @Override
  public int hashCode() {
    return Objects.hash(source, figures.keySet());
  }

  /** The source and the number of gemeenten, for debugging; the form may change. */
  @Override
  public String toString() {
    return "PopulationForecast " + source.tableId() + " of " + figures.size() + " gemeenten";
  }

  /** Builds a {@link PopulationForecast} figure by figure; not thread-safe. */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
  public static final class Builder {

    private final PopulationSource source;
    private final SortedMap<String, SortedMap<Integer, long[]>> figures = new TreeMap<>();

    private Builder(PopulationSource source) {
      this.source = Objects.requireNonNull(source, "source");
    }

    /**
     * Adds the forecast of gemeente {@code code} for {@code year}: {@code low}, {@code central}
     * and {@code high} inhabitants; returns this builder.
     *
     * @throws IllegalArgumentException if the code is not of the form {@code GMnnnn}, the
     *     gemeente already has a forecast for the year, a figure is negative, or the figures are
     *     not low ≤ central ≤ high
     */
    public Builder add(String code, int year, long low, long central, long high) {
      if (!AreaType.GEMEENTE.hasCodeFormat(code)) {
        throw new IllegalArgumentException(
            "a forecast is per gemeente, whose CBS code is of the form GMnnnn, not '" + code + "'");
      }
      if (low < 0 || !(low <= central && central <= high)) {
        throw new IllegalArgumentException("the forecast of " + code + " for " + year
            + " must be 0 ≤ low ≤ central ≤ high, not " + low + ", " + central + ", " + high);
      }
      long[] values = new long[SCENARIOS.length];
      values[ForecastScenario.LAAG.ordinal()] = low;
      values[ForecastScenario.MIDDEN.ordinal()] = central;
      values[ForecastScenario.HOOG.ordinal()] = high;
      if (figures.computeIfAbsent(code, key -> new TreeMap<>()).putIfAbsent(year, values) != null) {
        throw new IllegalArgumentException(
            "the forecast already has figures of " + code + " for " + year);
      }
      return this;
    }

    /** Returns the forecast of the figures added so far; the builder may go on adding. */
    public PopulationForecast build() {
      return new PopulationForecast(source, figures);
    }
  }
}
