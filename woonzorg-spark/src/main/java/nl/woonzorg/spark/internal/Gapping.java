package nl.woonzorg.spark.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import nl.woonzorg.analysis.gap.Amount;
import nl.woonzorg.analysis.number.Fraction;
import nl.woonzorg.analysis.population.PopulationMeasure;
import nl.woonzorg.model.targetgroup.TargetGroup;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import scala.jdk.javaapi.CollectionConverters;

/**
 * An area's rolled-up amounts made the rows of a gap analysis, one per supply category, by the
 * library's own exact arithmetic ({@link Amount}, {@link Fraction}): demand of a target group = Σ
 * over its norms for the category of the area's count of the norm's base × the norm's ratio, the
 * gap = demand − supply, the coverage = supply / demand when both are complete and the demand is
 * not zero. The counts were summed by Spark; only these few products and quotients per area are
 * made here. One per task.
 *
 * <p>An area row is {@code area_code, level, parent_code, amounts}, the amounts a map from {@link
 * #POPULATION} + a measure's name, {@link #HOMES} and {@link #SUPPLY} + a category's code to a
 * {@link #PART} struct: the sum of the known counts (null if none is known) and the areas whose
 * count CBS suppressed or the data lack.
 *
 * <p>An area's row in a forecast year is {@code area_code, level, parent_code, year, scenario,
 * parts}, the parts an array of structs: each gemeente in the area, its forecast inhabitants
 * (null if the forecast has none) and its amounts. As {@code GapEngine} has it, a gemeente's population and
 * demand are scaled by its forecast inhabitants over today's, which must be known and not zero
 * (else they are missing, the gemeente named); its homes and supply stay today's; the area sums
 * its gemeenten.
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class Gapping {

  /** The key prefix of a population measure's amount. */
  public static final String POPULATION = "population/";
  /** The key of the homes' amount. */
  public static final String HOMES = "homes";
  /** The key prefix of a supply category's amount. */
  public static final String SUPPLY = "supply/";

  /** A summed count: its known value and the areas it lacks. */
  public static final StructType PART = new StructType()
      .add("value", DataTypes.LongType, true)
      .add("suppressed", DataTypes.createArrayType(DataTypes.StringType, false), false)
      .add("missing", DataTypes.createArrayType(DataTypes.StringType, false), false);

  /** An amount as output: its value as {@code Fraction.toString()} writes it, and what it lacks. */
  public static final StructType AMOUNT = new StructType()
      .add("value", DataTypes.StringType, true)
      .add("suppressed", DataTypes.createArrayType(DataTypes.StringType, false), false)
      .add("missing", DataTypes.createArrayType(DataTypes.StringType, false), false);

  private final List<NormTerm> norms;
  private final Set<String> categories = new LinkedHashSet<>();
  private final Map<String, Fraction> ratios = new HashMap<>();

  /** The rows of {@code norms}' categories, in the order the norms first name them. */
  public Gapping(List<NormTerm> norms) {
    this.norms = List.copyOf(norms);
    for (NormTerm norm : norms) {
      categories.add(norm.category());
      ratios.put(norm.ratio(), Fraction.parse(norm.ratio()));
    }
  }

  /**
   * The rows of {@code area} in the population's {@code year}: level, area code, parent code,
   * category, year, scenario (null), demand per target group, demand, supply, gap, coverage,
   * homes, population per measure.
   */
  public List<Row> rows(Row area, int year) {
    return rows(area, year, null, sums(area.getJavaMap(3)));
  }

  /**
   * The rows of {@code area} in a forecast year, from the parts of its gemeenten: level, area
   * code, parent code, category, year, scenario, and the amounts as {@link #rows(Row, int)}.
   */
  public List<Row> forecastRows(Row area) {
    List<Sums> parts = new ArrayList<>();
    for (Row part : area.<Row>getList(5)) {
      String gemeente = part.getString(0);
      Sums today = sums(part.getJavaMap(2));
      Optional<Fraction> factor = today.population.get(PopulationMeasure.INWONERS.name())
          .exactValue().filter(inhabitants -> inhabitants.signum() > 0 && !part.isNullAt(1))
          .map(inhabitants -> Fraction.of(part.getLong(1)).divide(inhabitants));
      parts.add(factor.map(today::scaled).orElseGet(() -> today.unknown(gemeente)));
    }
    return rows(area, area.getInt(3), area.getString(4), Sums.sum(parts));
  }

  private List<Row> rows(Row area, int year, @Nullable String scenario, Sums sums) {
    String code = area.getString(0);
    String level = area.getString(1);
    @Nullable String parent = area.isNullAt(2) ? null : area.getString(2);
    Map<String, Row> populationRows = new LinkedHashMap<>();
    sums.population.forEach((measure, amount) -> populationRows.put(measure, row(amount)));
    Row homes = row(sums.homes);
    List<Row> rows = new ArrayList<>(categories.size());
    for (String category : categories) {
      Map<TargetGroup, Amount> demand = sums.demand.get(category);
      Map<String, Row> demandRows = new LinkedHashMap<>();
      demand.forEach((group, amount) -> demandRows.put(group.name(), row(amount)));
      Amount total = Amount.sum(demand.values());
      Amount supply = sums.supply.get(category);
      Optional<Fraction> divisor = total.exactValue().filter(value -> value.signum() != 0);
      String coverage = supply.exactValue().flatMap(value -> divisor.map(value::divide))
          .map(Fraction::toString).orElse(null);
      rows.add(RowFactory.create(level, code, parent, category, year, scenario,
          CollectionConverters.asScala(demandRows), row(total), row(supply),
          row(total.minus(supply)), coverage, homes, CollectionConverters.asScala(populationRows)));
    }
    return rows;
  }

  /** The amounts of {@code parts}, and the demand the norms make of them. */
  private Sums sums(Map<String, Row> parts) {
    Map<String, Amount> population = new LinkedHashMap<>();
    for (PopulationMeasure measure : PopulationMeasure.values()) {
      population.put(measure.name(), amount(parts.get(POPULATION + measure.name())));
    }
    Map<String, Amount> supply = new LinkedHashMap<>();
    Map<String, Map<TargetGroup, Amount>> demand = new LinkedHashMap<>();
    for (String category : categories) {
      supply.put(category, amount(parts.get(SUPPLY + category)));
      Map<TargetGroup, Amount> groups = new EnumMap<>(TargetGroup.class);
      for (NormTerm norm : norms) {
        if (norm.category().equals(category)) {
          groups.merge(TargetGroup.valueOf(norm.targetGroup()),
              population.get(norm.base()).times(ratios.get(norm.ratio())), Amount::plus);
        }
      }
      demand.put(category, groups);
    }
    return new Sums(population, amount(parts.get(HOMES)), supply, demand);
  }

  /**
   * The amount of a summed count: built as the library builds a sum, from the known value and one
   * unknown amount per area.
   */
  private static Amount amount(@Nullable Row part) {
    if (part == null) {
      throw new IllegalStateException("an area row lacks one of its amounts");
    }
    List<Amount> parts = new ArrayList<>();
    if (!part.isNullAt(0)) {
      parts.add(Amount.exact(Fraction.of(part.getLong(0))));
    }
    for (String code : part.<String>getList(1)) {
      parts.add(Amount.suppressed(code));
    }
    for (String code : part.<String>getList(2)) {
      parts.add(Amount.missing(code));
    }
    return sum(parts);
  }

  /**
   * The sum of {@code amounts}, added pairwise so that a national row lacking thousands of buurten
   * costs n log n, not n².
   */
  private static Amount sum(List<Amount> amounts) {
    List<Amount> parts = amounts;
    while (parts.size() > 1) {
      List<Amount> sums = new ArrayList<>((parts.size() + 1) / 2);
      for (int index = 0; index < parts.size(); index += 2) {
        sums.add(index + 1 < parts.size() ? parts.get(index).plus(parts.get(index + 1))
            : parts.get(index));
      }
      parts = sums;
    }
    return parts.isEmpty() ? Amount.zero() : parts.get(0);
  }

  private static Row row(Amount amount) {
    return RowFactory.create(amount.value().map(Fraction::toString).orElse(null),
        CollectionConverters.asScala(List.copyOf(amount.suppressedAreas())).toSeq(),
        CollectionConverters.asScala(List.copyOf(amount.missingAreas())).toSeq());
  }

  /** An area's population per measure, homes, and supply and demand per category. */
  private record Sums(Map<String, Amount> population, Amount homes, Map<String, Amount> supply,
      Map<String, Map<TargetGroup, Amount>> demand) {

    /** These sums in a forecast year whose inhabitants are {@code factor} × today's. */
    Sums scaled(Fraction factor) {
      return new Sums(map(population, amount -> amount.times(factor)), homes, supply,
          map(demand, groups -> map(groups, amount -> amount.times(factor))));
    }

    /** These sums in a forecast year without a factor: population and demand missing. */
    Sums unknown(String gemeente) {
      Amount missing = Amount.missing(gemeente);
      return new Sums(map(population, amount -> missing), homes, supply,
          map(demand, groups -> map(groups, amount -> missing)));
    }

    /** The sums of the areas of {@code parts}, key by key; the parts have the same keys. */
    static Sums sum(List<Sums> parts) {
      Sums first = parts.get(0);
      Map<String, Map<TargetGroup, Amount>> demand = new LinkedHashMap<>();
      first.demand.forEach((category, groups) -> demand.put(category,
          sumOf(parts, groups.keySet(), part -> part.demand.get(category))));
      return new Sums(sumOf(parts, first.population.keySet(), Sums::population),
          Gapping.sum(parts.stream().map(Sums::homes).toList()),
          sumOf(parts, first.supply.keySet(), Sums::supply), demand);
    }
  }

  /** {@code source} with each value made by {@code value}, in its order. */
  private static <K, V, W> Map<K, W> map(Map<K, V> source, Function<V, W> value) {
    Map<K, W> mapped = new LinkedHashMap<>();
    source.forEach((key, found) -> mapped.put(key, value.apply(found)));
    return mapped;
  }

  /** Per key of {@code keys}, the sum of the amounts {@code amounts} gives of each part. */
  private static <K> Map<K, Amount> sumOf(List<Sums> parts, Set<K> keys,
      Function<Sums, Map<K, Amount>> amounts) {
    Map<K, Amount> sums = new LinkedHashMap<>();
    for (K key : keys) {
      sums.put(key, sum(parts.stream().map(part -> amounts.apply(part).get(key)).toList()));
    }
    return sums;
  }
}
