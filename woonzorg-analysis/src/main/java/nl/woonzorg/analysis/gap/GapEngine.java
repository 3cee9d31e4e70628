package nl.woonzorg.analysis.gap;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import nl.woonzorg.analysis.norm.Norm;
import nl.woonzorg.analysis.number.Fraction;
import nl.woonzorg.analysis.population.AreaPopulation;
import nl.woonzorg.analysis.population.Count;
import nl.woonzorg.analysis.population.ForecastScenario;
import nl.woonzorg.analysis.population.PopulationForecast;
import nl.woonzorg.analysis.population.PopulationMeasure;
import nl.woonzorg.analysis.population.PopulationTable;
import nl.woonzorg.analysis.region.AreaHierarchy;
import nl.woonzorg.analysis.supply.CategoryTally;
import nl.woonzorg.analysis.supply.SupplyCategory;
import nl.woonzorg.model.area.AreaType;
import nl.woonzorg.model.targetgroup.TargetGroup;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The engine of the woonzorganalyse (<i>rekenkern</i>): from a population table, a classified
 * stock and {@link Norm norms}, the demand, supply and gap per area, supply category and year,
 * rolled up along an {@link AreaHierarchy} to the Netherlands, and, given a {@link
 * PopulationForecast}, per forecast year and scenario.
 *
 * <p>The formulas, each exact:
 *
 * <ul>
 *   <li>demand of a target group in an area = Σ over its norms for the category of the area's
 *       count of the norm's base × the norm's ratio (shared/ANALYSIS.md §3: norms are the user's);
 *   <li>supply = the homes of the category in the area's stock; gap = demand − supply; coverage =
 *       supply / demand;
 *   <li>an area above the analysis level = the sum of the areas in it;
 *   <li>in a forecast year <i>(ours)</i>: each count × the gemeente's forecast inhabitants / its
 *       inhabitants in the population's year, as only totals per gemeente are forecast (the age
 *       detail of the 2019 and 2022 regional forecasts was withdrawn); the supply stays today's.
 * </ul>
 *
 * <p>What is not known is never zero: a suppressed count makes its area's demand unknown and every
 * sum over it partial; an area without a population row, or in a gemeente the stock has no home
 * of, is missing; a gemeente some of whose homes have no code at the analysis level lacks itself.
 *
 * <p>Immutable and thread-safe: share one engine, compute many analyses.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class GapEngine {

  private final AreaHierarchy hierarchy;
  private final List<Norm> norms;

  private GapEngine(AreaHierarchy hierarchy, List<Norm> norms) {
    this.hierarchy = hierarchy;
    this.norms = List.copyOf(norms);
  }

  /**
   * The engine of {@code norms} over {@code hierarchy}.
   *
   * @throws IllegalArgumentException if two norms have one id, or there are none
   */
  public static GapEngine of(AreaHierarchy hierarchy, List<Norm> norms) {
    Objects.requireNonNull(hierarchy, "hierarchy");
    Set<String> ids = new HashSet<>();
    for (Norm norm : norms) {
      if (!ids.add(norm.id())) {
        throw new IllegalArgumentException("two norms have the id " + norm.id());
      }
    }
    if (norms.isEmpty()) {
      throw new IllegalArgumentException("an analysis needs at least one norm");
    }
    return new GapEngine(hierarchy, norms);
  }

  /** The norms, in the order given; an immutable list. */
  public List<Norm> norms() {
    return norms;
  }

  /** The hierarchy areas are rolled up along. */
  public AreaHierarchy hierarchy() {
    return hierarchy;
  }

  /**
   * The analysis of {@code population} against {@code stock}, at the stock's level, in the
   * population's reference year.
   *
   * @throws IllegalArgumentException if a norm's category is not of the stock's classification
   * @throws nl.woonzorg.analysis.region.UnknownAreaException if an area of either is not in the
   *     hierarchy
   */
  public GapAnalysis compute(PopulationTable population, CategoryTally stock) {
    return compute(population, stock, null);
  }

  /**
   * The analysis of {@code population} against {@code stock}, and of each year and scenario of
   * {@code forecast} (none if null) from the gemeente level up.
   *
   * @throws IllegalArgumentException if a norm's category is not of the stock's classification
   * @throws nl.woonzorg.analysis.region.UnknownAreaException if an area of either is not in the
   *     hierarchy
   */
  public GapAnalysis compute(PopulationTable population, CategoryTally stock,
      @Nullable PopulationForecast forecast) {
    Map<SupplyCategory, List<Norm>> byCategory = normsByCategory(stock);
    int year = population.source().referenceDate().getYear();
    AreaType level = stock.level();
    SortedSet<String> areas = new TreeSet<>(stock.areas());
    population.rows(level).forEach(row -> areas.add(row.areaCode()));
    Map<String, AreaCounts> leafCounts = new HashMap<>();
    for (String area : areas) {
      hierarchy.level(area);
      leafCounts.put(area, counts(area, population, stock));
    }
    SortedSet<String> orphans = orphans(areas, stock);
    List<String> start = new ArrayList<>(areas);
    start.addAll(orphans);
    RollUpTree tree = RollUpTree.of(hierarchy, start);
    List<AreaCounts> counts = tree.rollUp(area -> {
      AreaCounts leaf = leafCounts.get(tree.code(area));
      return leaf != null ? leaf : AreaCounts.unknown(tree.code(area));
    }, (parent, parts) -> {
      AreaCounts sum = AreaCounts.sum(parts);
      return stock.unplaced().containsKey(tree.code(parent)) ? sum.lacking(tree.code(parent))
          : sum;
    });
    // Per area, whether it is of the analysis level rather than an orphan, and whether the stock
    // covers it: asked once for every category.
    boolean[] leaf = new boolean[tree.size()];
    boolean[] covered = new boolean[tree.size()];
    for (int area = 0; area < tree.size(); area++) {
      leaf[area] = leafCounts.containsKey(tree.code(area));
      covered[area] = leaf[area] && covered(tree.code(area), stock);
    }
    List<GapRow> rows = new ArrayList<>();
    for (Map.Entry<SupplyCategory, List<Norm>> category : byCategory.entrySet()) {
      List<GapRow> rolled = tree.rollUp(area -> {
        String code = tree.code(area);
        GapRow row = leaf(code, leaf[area] ? level : AreaType.GEMEENTE, category.getKey(),
            category.getValue(), year, counts.get(area), covered[area], stock);
        return leaf[area] ? row : row.withoutSupply(code);
      }, (parent, children) -> GapRow.sum(tree.code(parent), tree.level(parent), children,
          counts.get(parent), stock.unplaced().containsKey(tree.code(parent))
              ? tree.code(parent) : null));
      rows.addAll(rolled);
      if (forecast != null) {
        rows.addAll(forecast(rolled, year, forecast));
      }
    }
    return new GapAnalysis(this, population, stock, forecast, level, year, rows);
  }

  private Map<SupplyCategory, List<Norm>> normsByCategory(CategoryTally stock) {
    Map<SupplyCategory, List<Norm>> byCategory = new LinkedHashMap<>();
    for (Norm norm : norms) {
      SupplyCategory category = stock.classification().category(norm.category()).orElseThrow(
          () -> new IllegalArgumentException("norm " + norm.id() + " is for category "
              + norm.category() + ", which the classification does not have: "
              + stock.classification().categories()));
      byCategory.computeIfAbsent(category, key -> new ArrayList<>()).add(norm);
    }
    return byCategory;
  }

  /** The population and homes of {@code area}: missing where the data have none. */
  private static AreaCounts counts(String area, PopulationTable population,
      CategoryTally stock) {
    Optional<AreaPopulation> row = population.row(area);
    Map<PopulationMeasure, Amount> counts = new EnumMap<>(PopulationMeasure.class);
    for (PopulationMeasure measure : PopulationMeasure.values()) {
      counts.put(measure, count(area, row, measure));
    }
    return new AreaCounts(counts, covered(area, stock)
        ? Amount.exact(Fraction.of(stock.homes(area))) : Amount.missing(area));
  }

  /** Whether the stock has any home in the gemeente of {@code area}. */
  private static boolean covered(String area, CategoryTally stock) {
    return stock.covers("GM" + area.substring(2, 6));
  }

  private static GapRow leaf(String area, AreaType level, SupplyCategory category,
      List<Norm> norms, int year, AreaCounts counts, boolean covered, CategoryTally stock) {
    Map<TargetGroup, Amount> demand = new EnumMap<>(TargetGroup.class);
    for (Norm norm : norms) {
      Amount base = counts.population(norm.base());
      demand.merge(norm.targetGroup(), (base == null ? Amount.missing(area) : base)
          .times(norm.ratio()), Amount::plus);
    }
    Amount supply = covered ? Amount.exact(Fraction.of(stock.count(area, category)))
        : Amount.missing(area);
    return new GapRow(area, level, category, year, null, demand, supply, counts,
        Collections.emptySortedSet());
  }

  private static Amount count(String area, Optional<AreaPopulation> row,
      PopulationMeasure measure) {
    Optional<Count> count = row.flatMap(found -> found.count(measure));
    if (count.isEmpty()) {
      return Amount.missing(area);
    }
    return count.get().isSuppressed() ? Amount.suppressed(area)
        : Amount.exact(Fraction.of(count.get().valueOrThrow()));
  }

  /**
   * The gemeenten some of whose homes have no code at the analysis level and that have no area in
   * {@code areas}: without a row of their own, those homes would be lost from every sum above.
   */
  private static SortedSet<String> orphans(SortedSet<String> areas, CategoryTally stock) {
    SortedSet<String> orphans = new TreeSet<>(stock.unplaced().keySet());
    areas.forEach(area -> orphans.remove("GM" + area.substring(2, 6)));
    return orphans;
  }

  /**
   * The rows of each forecast year after {@code year} and each scenario, from the gemeenten of
   * {@code rows} up.
   */
  private List<GapRow> forecast(List<GapRow> rows, int year, PopulationForecast forecast) {
    Map<String, GapRow> municipalities = new LinkedHashMap<>();
    rows.stream().filter(row -> row.level() == AreaType.GEMEENTE)
        .forEach(row -> municipalities.put(row.areaCode(), row));
    RollUpTree tree = RollUpTree.of(hierarchy, municipalities.keySet());
    SortedSet<Integer> years = new TreeSet<>();
    municipalities.keySet().forEach(code -> years.addAll(forecast.years(code).tailSet(year + 1)));
    List<GapRow> all = new ArrayList<>();
    for (int future : years) {
      for (ForecastScenario scenario : ForecastScenario.values()) {
        Map<String, AreaCounts> scaledCounts = new HashMap<>();
        Map<String, Fraction> factors = new HashMap<>();
        for (GapRow row : municipalities.values()) {
          Optional<Fraction> factor = factor(row, forecast.inhabitants(row.areaCode(), future,
              scenario));
          factor.ifPresent(value -> factors.put(row.areaCode(), value));
          scaledCounts.put(row.areaCode(), factor.map(value -> row.counts().scaled(value))
              .orElseGet(() -> row.counts().withoutPopulation(row.areaCode())));
        }
        List<AreaCounts> futureCounts = tree.rollUp(
            area -> scaledCounts.get(tree.code(area)), (parent, parts) -> AreaCounts.sum(parts));
        all.addAll(tree.rollUp(area -> municipalities.get(tree.code(area)).forecast(future,
                scenario, factors.get(tree.code(area)), futureCounts.get(area)),
            (parent, children) -> GapRow.sum(tree.code(parent), tree.level(parent), children,
                futureCounts.get(parent), null)));
      }
    }
    return all;
  }

  /**
   * The forecast inhabitants over today's of {@code row}'s gemeente; empty if either is not known
   * or today's is zero.
   */
  private static Optional<Fraction> factor(GapRow row, OptionalLong inhabitants) {
    return row.population(PopulationMeasure.INWONERS).exactValue()
        .filter(today -> today.signum() > 0 && inhabitants.isPresent())
        .map(today -> Fraction.of(inhabitants.getAsLong()).divide(today));
  }
}
