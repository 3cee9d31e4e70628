package nl.woonzorg.analysis.gap;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import nl.woonzorg.analysis.normalisation.Denominators;
import nl.woonzorg.analysis.normalisation.Normalisation;
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
  private final AreaCounts counts;
  private final SortedSet<String> children;

  GapRow(String areaCode, AreaType level, SupplyCategory category, int year,
      @Nullable ForecastScenario scenario, Map<TargetGroup, Amount> demandByGroup, Amount supply,
      AreaCounts counts, SortedSet<String> children) {
    this.areaCode = areaCode;
    this.level = level;
    this.category = category;
    this.year = year;
    this.scenario = scenario;
    this.demandByGroup = compact(demandByGroup);
    this.supply = supply;
    this.counts = counts;
    // Most rows are leaves: they share the one empty set.
    this.children = children.isEmpty() ? Collections.emptySortedSet()
        : Collections.unmodifiableSortedSet(new TreeSet<>(children));
  }

  /**
   * An unmodifiable copy of {@code demand} in target-group order. Most rows have one target group
   * per category, and a national analysis tens of thousands of rows: one entry takes a few bytes,
   * an {@code EnumMap} an array as long as the list of target groups.
   */
  private static Map<TargetGroup, Amount> compact(Map<TargetGroup, Amount> demand) {
    if (demand.isEmpty()) {
      return Collections.emptyMap();
    }
    if (demand.size() == 1) {
      Map.Entry<TargetGroup, Amount> only = demand.entrySet().iterator().next();
      return Collections.singletonMap(only.getKey(), only.getValue());
    }
    Map<TargetGroup, Amount> copy = new EnumMap<>(TargetGroup.class);
    copy.putAll(demand);
    return Collections.unmodifiableMap(copy);
  }

  /**
   * The row of area {@code parent} at {@code level}, whose counts are {@code counts}: the exact
   * sum of {@code rows}, with {@code lacking} among the areas of its supply if not null.
   */
  static GapRow sum(String parent, AreaType level, List<GapRow> rows, AreaCounts counts,
      @Nullable String lacking) {
    GapRow first = rows.get(0);
    Map<TargetGroup, Amount> demand = new EnumMap<>(TargetGroup.class);
    SortedSet<String> children = new TreeSet<>();
    for (GapRow row : rows) {
      row.demandByGroup.forEach((group, amount) -> demand.merge(group, amount, Amount::plus));
      children.add(row.areaCode);
    }
    Amount supply = Amount.sum(rows.stream().map(GapRow::supply).toList());
    return new GapRow(parent, level, first.category, first.year, first.scenario, demand,
        lacking == null ? supply : supply.plus(Amount.missing(lacking)), counts, children);
  }

  /** This row with its supply missing because the homes of {@code gemeente} have no code. */
  GapRow withoutSupply(String gemeente) {
    return new GapRow(areaCode, level, category, year, scenario, demandByGroup,
        Amount.missing(gemeente), counts, children);
  }

  /**
   * This gemeente's row in {@code future} under {@code scenario}, whose counts are {@code
   * future counts}: the demand scaled by {@code factor}, the forecast inhabitants over today's,
   * the supply today's; unknown demand if there is no factor.
   */
  GapRow forecast(int future, ForecastScenario scenario, @Nullable Fraction factor,
      AreaCounts futureCounts) {
    Map<TargetGroup, Amount> demand = new EnumMap<>(TargetGroup.class);
    demandByGroup.forEach((group, amount) -> demand.put(group,
        factor == null ? Amount.missing(areaCode) : amount.times(factor)));
    return new GapRow(areaCode, level, category, future, scenario, demand, supply, futureCounts,
        Collections.emptySortedSet());
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

  /** The area's population and homes, shared by its rows of every category. */
  AreaCounts counts() {
    return counts;
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
    Amount count = counts.population(measure);
    return count == null ? Amount.missing(areaCode) : count;
  }

  /** The number of dwellings of the area's stock, in any category or none. */
  public Amount homes() {
    return counts.homes();
  }

  /**
   * The area's population and dwellings as {@linkplain Normalisation denominators}, each only
   * where it is complete.
   */
  public Denominators denominators() {
    return new Denominators() {
      @Override
      public Optional<Fraction> population(PopulationMeasure measure) {
        return GapRow.this.population(measure).exactValue();
      }

      @Override
      public Optional<Fraction> dwellings() {
        return homes().exactValue();
      }
    };
  }

  /**
   * {@code amount} of this row's area normalised by {@code how}; empty if the amount or the
   * denominator is not complete, or the denominator is zero.
   */
  public Optional<Fraction> normalised(Amount amount, Normalisation how) {
    return amount.exactValue().flatMap(value -> how.apply(value, denominators()));
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
        && counts.equals(that.counts)
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
