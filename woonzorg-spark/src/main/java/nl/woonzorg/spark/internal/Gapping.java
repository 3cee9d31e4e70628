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
import nl.woonzorg.analysis.gap.Amount;
import nl.woonzorg.analysis.number.Fraction;
import nl.woonzorg.analysis.population.PopulationMeasure;
import nl.woonzorg.model.targetgroup.TargetGroup;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
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
 */
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
   * The rows of {@code area}: level, area code, parent code, category, demand per target group,
   * demand, supply, gap, coverage, homes, population per measure.
   */
  public List<Row> rows(Row area) {
    String code = area.getString(0);
    String level = area.getString(1);
    @Nullable String parent = area.isNullAt(2) ? null : area.getString(2);
    Map<String, Row> parts = area.getJavaMap(3);
    Map<String, Amount> population = new LinkedHashMap<>();
    Map<String, Row> populationRows = new LinkedHashMap<>();
    for (PopulationMeasure measure : PopulationMeasure.values()) {
      Amount amount = amount(parts.get(POPULATION + measure.name()));
      population.put(measure.name(), amount);
      populationRows.put(measure.name(), row(amount));
    }
    Row homes = row(amount(parts.get(HOMES)));
    List<Row> rows = new ArrayList<>(categories.size());
    for (String category : categories) {
      Map<TargetGroup, Amount> demand = new EnumMap<>(TargetGroup.class);
      for (NormTerm norm : norms) {
        if (norm.category().equals(category)) {
          demand.merge(TargetGroup.valueOf(norm.targetGroup()),
              population.get(norm.base()).times(ratios.get(norm.ratio())), Amount::plus);
        }
      }
      Map<String, Row> demandRows = new LinkedHashMap<>();
      demand.forEach((group, amount) -> demandRows.put(group.name(), row(amount)));
      Amount total = Amount.sum(demand.values());
      Amount supply = amount(parts.get(SUPPLY + category));
      Optional<Fraction> divisor = total.exactValue().filter(value -> value.signum() != 0);
      String coverage = supply.exactValue().flatMap(value -> divisor.map(value::divide))
          .map(Fraction::toString).orElse(null);
      rows.add(RowFactory.create(level, code, parent, category,
          CollectionConverters.asScala(demandRows), row(total), row(supply),
          row(total.minus(supply)), coverage, homes, CollectionConverters.asScala(populationRows)));
    }
    return rows;
  }

  /**
   * The amount of a summed count: built as the library builds a sum, from the known value and one
   * unknown amount per area, added pairwise so that a national row lacking thousands of buurten
   * costs n log n, not n².
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
}
