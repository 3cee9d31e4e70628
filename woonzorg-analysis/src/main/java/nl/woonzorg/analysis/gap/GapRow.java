package nl.woonzorg.analysis.gap;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.SortedSet;
import java.util.TreeSet;
import nl.woonzorg.analysis.number.Fraction;
import nl.woonzorg.analysis.population.ForecastScenario;
import nl.woonzorg.analysis.population.PopulationMeasure;
import nl.woonzorg.analysis.supply.SupplyCategory;
import nl.woonzorg.model.area.AreaType;
import nl.woonzorg.model.targetgroup.TargetGroup;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * One row of a gap analysis (<i>opgave per gebied</i>): for one area, supply category and year —
 * and forecast scenario, for a future year — the demand of each target group, the supply, the gap
 * (demand − supply) and the coverage (supply / demand), with the area's population and number of
 * dwellings to normalise by.
 *
 * <p>The stock does not say who lives in a home, so supply is per category: the gap weighs the
 * demand of every target group whose norms ask for the category against the one supply.
 *
 * <p>A row above the analysis level is the exact sum of the rows of its {@link #children()}.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class GapRow {

  private final String areaCode;
  private final AreaType level;
  private final SupplyCategory category;
  private final int year;
  private final @Nullable ForecastScenario scenario;
  private final Map<TargetGroup, Amount> demandByGroup;
  private final Amount supply;
  private final Map<PopulationMeasure, Amount> population;
  private final Amount homes;
  private final SortedSet<String> children;

  GapRow(String areaCode, AreaType level, SupplyCategory category, int year,
      @Nullable ForecastScenario scenario, Map<TargetGroup, Amount> demandByGroup, Amount supply,
      Map<PopulationMeasure, Amount> population, Amount homes, SortedSet<String> children) {
    this.areaCode = areaCode;
    this.level = level;
    this.category = category;
    this.year = year;
    this.scenario = scenario;
    this.demandByGroup = Collections.unmodifiableMap(copy(TargetGroup.class, demandByGroup));
    this.supply = supply;
    this.population = Collections.unmodifiableMap(copy(PopulationMeasure.class, population));
    this.homes = homes;
    this.children = Collections.unmodifiableSortedSet(new TreeSet<>(children));
  }

  private static <K extends Enum<K>> Map<K, Amount> copy(Class<K> type, Map<K, Amount> map) {
    Map<K, Amount> copy = new EnumMap<>(type);
    copy.putAll(map);
    return copy;
  }

  /** The row of area {@code parent} at {@code level}: the exact sum of {@code rows}. */
  static GapRow sum(String parent, AreaType level, List<GapRow> rows) {
    GapRow first = rows.get(0);
    Map<TargetGroup, Amount> demand = new EnumMap<>(TargetGroup.class);
    Map<PopulationMeasure, Amount> population = new EnumMap<>(PopulationMeasure.class);
    SortedSet<String> children = new TreeSet<>();
    for (GapRow row : rows) {
      row.demandByGroup.forEach((group, amount) -> demand.merge(group, amount, Amount::plus));
      row.population.forEach((measure, amount) -> population.merge(measure, amount, Amount::plus));
      children.add(row.areaCode);
    }
    return new GapRow(parent, level, first.category, first.year, first.scenario, demand,
        Amount.sum(rows.stream().map(GapRow::supply).toList()), population,
        Amount.sum(rows.stream().map(GapRow::homes).toList()), children);
  }

  /** This row with its supply and homes lacking the homes of {@code gemeente} without a code. */
  GapRow lacking(String gemeente) {
    return new GapRow(areaCode, level, category, year, scenario, demandByGroup,
        supply.plus(Amount.missing(gemeente)), population, homes.plus(Amount.missing(gemeente)),
        children);
  }

  /**
   * This gemeente's row in {@code future} under {@code scenario}: every count scaled by the
   * forecast {@code inhabitants} over today's, the supply today's; unknown demand if either is.
   */
  GapRow forecast(int future, ForecastScenario scenario, OptionalLong inhabitants) {
    Optional<Fraction> today = population(PopulationMeasure.INWONERS).exactValue()
        .filter(value -> value.signum() > 0);
    Map<TargetGroup, Amount> demand = new EnumMap<>(TargetGroup.class);
    Map<PopulationMeasure, Amount> counts = new EnumMap<>(PopulationMeasure.class);
    if (today.isPresent() && inhabitants.isPresent()) {
      Fraction factor = Fraction.of(inhabitants.getAsLong()).divide(today.get());
      demandByGroup.forEach((group, amount) -> demand.put(group, amount.times(factor)));
      population.forEach((measure, amount) -> counts.put(measure, amount.times(factor)));
    } else {
      demandByGroup.keySet().forEach(group -> demand.put(group, Amount.missing(areaCode)));
    }
    return new GapRow(areaCode, level, category, future, scenario, demand, supply, counts, homes,
        new TreeSet<>());
  }

  /** The CBS code of the area, e.g. {@code "GM0050"}, or {@code "NL00"}. */
  public String areaCode() {
    return areaCode;
  }

  /** The level of the area. */
  public AreaType level() {
    return level;
  }

  /** The supply category. */
  public SupplyCategory category() {
    return category;
  }

  /** The year: the population's reference year, or a forecast year. */
  public int year() {
    return year;
  }

  /** The forecast scenario of a future year; empty for the population's own year. */
  public Optional<ForecastScenario> scenario() {
    return Optional.ofNullable(scenario);
  }

  /** The demand of each target group with a norm for the category; unmodifiable. */
  public Map<TargetGroup, Amount> demandByGroup() {
    return demandByGroup;
  }

  /** The demand of all target groups: the sum of {@link #demandByGroup()}. */
  public Amount demand() {
    return Amount.sum(demandByGroup.values());
  }

  /** The homes of the category in the area's stock. */
  public Amount supply() {
    return supply;
  }

  /** Demand − supply: a shortage if positive, a surplus if negative. */
  public Amount gap() {
    return demand().minus(supply);
  }

  /**
   * Supply / demand; empty unless both are complete and the demand is not zero, as a ratio of
   * partial sums would mean nothing.
   */
  public Optional<Fraction> coverage() {
    Optional<Fraction> demand = demand().exactValue().filter(value -> value.signum() != 0);
    return supply.exactValue().flatMap(value -> demand.map(value::divide));
  }

  /** The area's count of {@code measure}, for a future year as forecast; missing if none. */
  public Amount population(PopulationMeasure measure) {
    return population.getOrDefault(measure, Amount.missing(areaCode));
  }

  /** The number of dwellings of the area's stock, in any category or none. */
  public Amount homes() {
    return homes;
  }

  /** The areas this row sums, in code order; empty at the analysis level. An immutable set. */
  public SortedSet<String> children() {
    return children;
  }

  /**
   * This row's key in ids: area, category, year and scenario, e.g. {@code
   * "GM0050/GECLUSTERD/2024"}.
   */
  public String key() {
    return areaCode + "/" + category.code() + "/" + year
        + (scenario == null ? "" : "/" + scenario.name());
  }

  @Override
  public boolean equals(@Nullable Object other) {
    if (!(other instanceof GapRow)) {
      return false;
    }
    GapRow that = (GapRow) other;
    return areaCode.equals(that.areaCode) && level == that.level
        && category.equals(that.category) && year == that.year && scenario == that.scenario
        && demandByGroup.equals(that.demandByGroup) && supply.equals(that.supply)
        && population.equals(that.population) && homes.equals(that.homes)
        && children.equals(that.children);
  }

  @Override
  public int hashCode() {
    return Objects.hash(areaCode, category, year, scenario, demandByGroup, supply);
  }

  /** The key, demand, supply and gap, for debugging; the form may change. */
  @Override
  public String toString() {
    return key() + ": demand " + demand() + ", supply " + supply + ", gap " + gap();
  }
}
