package nl.woonzorg.spark.gap;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.array_distinct;
import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.flatten;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.map_from_entries;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import nl.woonzorg.analysis.gap.GapEngine;
import nl.woonzorg.analysis.gap.GapRow;
import nl.woonzorg.analysis.norm.Norm;
import nl.woonzorg.analysis.population.ForecastScenario;
import nl.woonzorg.analysis.population.PopulationForecast;
import nl.woonzorg.analysis.population.PopulationMeasure;
import nl.woonzorg.analysis.population.PopulationSource;
import nl.woonzorg.analysis.region.AreaHierarchy;
import nl.woonzorg.analysis.supply.StockClassification;
import nl.woonzorg.model.area.AreaType;
import nl.woonzorg.spark.internal.FlatIterator;
import nl.woonzorg.spark.internal.Gapping;
import nl.woonzorg.spark.internal.NormTerm;
import nl.woonzorg.spark.supply.SupplyRollup;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The woonzorganalyse's gap (<i>opgave per gebied</i>) as a Spark job over a Dataset of dwelling
 * records and one of population cells: per area, supply category and target group the demand
 * (population × norm), the supply (the classified stock) and the gap (demand − supply), at the
 * analysis level and rolled up along an {@link AreaHierarchy} — buurt → wijk → gemeente → COROP
 * → provincie → Nederland — with numbers identical to {@code woonzorg-analysis}'s {@link
 * GapEngine#compute(nl.woonzorg.analysis.population.PopulationTable,
 * nl.woonzorg.analysis.supply.CategoryTally, PopulationForecast) GapEngine.compute} of the same
 * population (and forecast) and the same records tallied by {@link
 * StockClassification#defaults()}: every amount an exact fraction, and every suppressed or missing
 * input named in each sum above it, never read as zero.
 *
 * <p>How it runs: the records are read and classified by the library and counted per area in
 * one aggregation ({@link SupplyRollup#at(AreaType, Dataset)}, kept in the session's cache: a
 * row per area and category); the driver then takes the few
 * thousand area codes of the stock and the population and places each in the hierarchy (the
 * library's own {@link AreaHierarchy#ancestors(String)}, so an unknown code fails as in the
 * library); every count is joined to the area and each area above it and summed there by Spark,
 * in longs, with the areas it lacks as sorted arrays; last, per area, the norms' products and the
 * gap are made with the library's {@link nl.woonzorg.analysis.number.Fraction}s and written as
 * text in lowest terms ({@code "2829/5"}), which {@code Fraction.parse} reads back. No double
 * anywhere.
 *
 * <p>The population cells ({@link #POPULATION_CELLS}) are a long form of a KWB table: one row per
 * area and measure, {@code count} null where CBS suppressed the figure; a measure without a cell
 * is missing. Only the cells at the analysis level are used, as the engine uses only the table's
 * rows at that level.
 *
 * <p>A forecast's rows are made on Spark from the gemeente rows: each is joined to its forecast
 * figures and to itself and each area above it, the gemeenten of an area, year and scenario are
 * gathered (at most the ~340 of the Netherlands), and the task scales and sums them with the
 * library's {@code Fraction}s.
 *
 * <p>One row per area, supply category of the norms, year and scenario ({@link #SCHEMA}); an
 * amount is a struct of its {@code value} (null if nothing is known; the sum of the known parts if
 * partial) and its {@code suppressed} and {@code missing} areas, as {@link
 * nl.woonzorg.analysis.gap.Amount} has them.
 *
 * <p>Immutable and thread-safe; not serializable: use it on the driver, it sends tasks only the
 * norms' codes and ratios.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class GapRollup {

  /** The level's code: {@code BUURT}, {@code WIJK}, … {@code LAND}. */
  public static final String LEVEL = "level";
  /** The CBS code of the area, e.g. {@code WK005000}, {@code CR40}, {@code NL00}. */
  public static final String AREA_CODE = "area_code";
  /** The code of the area this one lies directly in; null for {@code NL00}. */
  public static final String PARENT_CODE = "parent_code";
  /** The supply category's code, e.g. {@code GECLUSTERD}. */
  public static final String CATEGORY = "category";
  /** The year: the population's, or a forecast year: {@link GapRow#year()}. */
  public static final String YEAR = "year";
  /**
   * The forecast scenario's name ({@code LAAG}, {@code MIDDEN}, {@code HOOG}) of a forecast
   * year; null in the population's year: {@link GapRow#scenario()}.
   */
  public static final String SCENARIO = "scenario";
  /** Per target group's name, its demand: {@link GapRow#demandByGroup()}. */
  public static final String DEMAND_BY_GROUP = "demand_by_group";
  /** The demand of all target groups: {@link GapRow#demand()}. */
  public static final String DEMAND = "demand";
  /** The homes of the category: {@link GapRow#supply()}. */
  public static final String SUPPLY = "supply";
  /** Demand − supply: {@link GapRow#gap()}. */
  public static final String GAP = "gap";
  /** Supply / demand as a fraction's text; null where {@link GapRow#coverage()} is empty. */
  public static final String COVERAGE = "coverage";
  /** The area's homes in any category or none: {@link GapRow#homes()}. */
  public static final String HOMES = "homes";
  /** Per population measure's name, the area's count: {@link GapRow#population(PopulationMeasure)}. */
  public static final String POPULATION = "population";

  /** A population cell's measure: a {@link PopulationMeasure}'s name, e.g. {@code INWONERS}. */
  public static final String MEASURE = "measure";
  /** A population cell's count; null if CBS suppressed it. */
  public static final String COUNT = "count";

  /**
   * The population cells: {@code area_code} and {@code measure} strings, {@code count} a whole
   * number or null; other columns are ignored.
   */
  public static final StructType POPULATION_CELLS = new StructType()
      .add(AREA_CODE, DataTypes.StringType, false)
      .add(MEASURE, DataTypes.StringType, false)
      .add(COUNT, DataTypes.LongType, true);

  /** A forecast cell's inhabitants in the low scenario, {@code LAAG}. */
  public static final String LOW = "low";
  /** A forecast cell's inhabitants in the central scenario, {@code MIDDEN}. */
  public static final String CENTRAL = "central";
  /** A forecast cell's inhabitants in the high scenario, {@code HOOG}. */
  public static final String HIGH = "high";

  /**
   * The forecast cells, a long form of CBS/PBL's regional forecast (85173NED): {@code area_code}
   * a gemeente's code, {@code year}, and its inhabitants {@code low}, {@code central} and {@code
   * high} (the 67 % interval's bounds and the forecast), whole numbers; other columns are ignored.
   */
  public static final StructType FORECAST = new StructType()
      .add(AREA_CODE, DataTypes.StringType, false)
      .add(YEAR, DataTypes.IntegerType, false)
      .add(LOW, DataTypes.LongType, false)
      .add(CENTRAL, DataTypes.LongType, false)
      .add(HIGH, DataTypes.LongType, false);

  /**
   * An amount: {@code value} (a fraction's text, null if unknown), {@code suppressed} and {@code
   * missing} (area codes in code order).
   */
  public static final StructType AMOUNT = Gapping.AMOUNT;

  /** The schema of {@link #compute(AreaType, Dataset, Dataset, int)}. */
  public static final StructType SCHEMA = new StructType()
      .add(LEVEL, DataTypes.StringType, false)
      .add(AREA_CODE, DataTypes.StringType, false)
      .add(PARENT_CODE, DataTypes.StringType, true)
      .add(CATEGORY, DataTypes.StringType, false)
      .add(YEAR, DataTypes.IntegerType, false)
      .add(SCENARIO, DataTypes.StringType, true)
      .add(DEMAND_BY_GROUP, DataTypes.createMapType(DataTypes.StringType, AMOUNT, false), false)
      .add(DEMAND, AMOUNT, false)
      .add(SUPPLY, AMOUNT, false)
      .add(GAP, AMOUNT, false)
      .add(COVERAGE, DataTypes.StringType, true)
      .add(HOMES, AMOUNT, false)
      .add(POPULATION, DataTypes.createMapType(DataTypes.StringType, AMOUNT, false), false);

  private static final List<DataType> WHOLE_NUMBERS = List.of(DataTypes.LongType,
      DataTypes.IntegerType, DataTypes.ShortType, DataTypes.ByteType);

  private static final String AREA = "AREA";
  private static final String ORPHAN = "ORPHAN";
  private static final String LACKING = "LACKING";

  private static final StructType SOURCES = new StructType()
      .add("source", DataTypes.StringType, false)
      .add("kind", DataTypes.StringType, false)
      .add("covered", DataTypes.BooleanType, false);
  private static final StructType CHAINS = new StructType()
      .add("c_source", DataTypes.StringType, false)
      .add("ancestor", DataTypes.StringType, false);
  private static final StructType FACTORS = new StructType()
      .add("f_gemeente", DataTypes.StringType, false)
      .add("f_year", DataTypes.IntegerType, false)
      .add("f_scenario", DataTypes.StringType, false)
      .add("f_inhabitants", DataTypes.LongType, true);
  private static final StructType AREAS = new StructType()
      .add(AREA_CODE, DataTypes.StringType, false)
      .add(LEVEL, DataTypes.StringType, false)
      .add(PARENT_CODE, DataTypes.StringType, true);
  private static final StructType KEYS = new StructType()
      .add("key", DataTypes.StringType, false)
      .add("k_measure", DataTypes.StringType, true);

  private final GapEngine engine;
  private final List<NormTerm> terms;
  private final Set<String> categories = new LinkedHashSet<>();

  private GapRollup(GapEngine engine) {
    this.engine = engine;
    this.terms = engine.norms().stream().map(NormTerm::of).toList();
    terms.forEach(term -> categories.add(term.category()));
  }

  /**
   * The roll-up of {@code norms} along {@code hierarchy}, with the engine's checks.
   *
   * @throws IllegalArgumentException if two norms have one id, there are none, or a norm's
   *     category is not one of {@link StockClassification#defaults()}, by which the records are
   *     classified
   */
  public static GapRollup of(AreaHierarchy hierarchy, List<Norm> norms) {
    GapEngine engine = GapEngine.of(hierarchy, norms);
    StockClassification classification = StockClassification.defaults();
    for (Norm norm : norms) {
      if (classification.category(norm.category()).isEmpty()) {
        throw new IllegalArgumentException("norm " + norm.id() + " is for category "
            + norm.category() + ", which the classification does not have: "
            + classification.categories());
      }
    }
    return new GapRollup(engine);
  }

  /**
   * The gap analysis at {@code level} of the dwelling records {@code dwellings} (columns as for a
   * record check; records that cannot be read are not counted, as in {@link SupplyRollup}) and
   * the population cells {@code population} ({@link #POPULATION_CELLS}) of {@code year}, the
   * population's reference year: its rows' {@link #YEAR}. Runs two small jobs to place the areas;
   * the result is computed when used.
   *
   * @throws IllegalArgumentException if {@code level} is not gemeente, wijk or buurt, the
   *     population lacks a column or has a cell that is no area's, an unknown measure, a negative
   *     count or a second cell of an area and measure
   * @throws nl.woonzorg.analysis.region.UnknownAreaException if an area of either is not in the
   *     hierarchy
   */
  public Dataset<Row> compute(AreaType level, Dataset<Row> dwellings, Dataset<Row> population,
      int year) {
    return analyse(level, dwellings, population, year, null);
  }

  /**
   * The gap analysis as {@link #compute(AreaType, Dataset, Dataset, int)}, and in each year of
   * {@code forecast} ({@link #FORECAST}) after {@code year} and each scenario, the rows of every
   * gemeente and area above it, as {@link GapEngine#compute(
   * nl.woonzorg.analysis.population.PopulationTable, nl.woonzorg.analysis.supply.CategoryTally,
   * PopulationForecast) GapEngine.compute} makes them: a gemeente's population and demand times
   * its forecast inhabitants over its inhabitants in {@code year} (missing, the gemeente named,
   * where either is not known or today's is zero), its supply and homes today's, and each area
   * above the sum of its gemeenten. A year of the forecast at or before {@code year} is not
   * used, as by the engine. The forecast is read once by the driver (a few thousand cells).
   *
   * @throws IllegalArgumentException as {@link #compute(AreaType, Dataset, Dataset, int)}, or if
   *     the forecast lacks a column, has a figure that is null or negative, figures not low ≤
   *     central ≤ high, a code that is not a gemeente's, or two cells of a gemeente and year
   * @throws nl.woonzorg.analysis.region.UnknownAreaException as {@link #compute(AreaType,
   *     Dataset, Dataset, int)}
   */
  public Dataset<Row> compute(AreaType level, Dataset<Row> dwellings, Dataset<Row> population,
      int year, Dataset<Row> forecast) {
    return analyse(level, dwellings, population, year, Objects.requireNonNull(forecast,
        "forecast"));
  }

  private Dataset<Row> analyse(AreaType level, Dataset<Row> dwellings, Dataset<Row> population,
      int year, @Nullable Dataset<Row> forecastCells) {
    @Nullable PopulationForecast forecast = forecastCells == null ? null
        : forecast(forecastCells, year);
    AreaHierarchy hierarchy = engine.hierarchy();
    Dataset<Row> counted = SupplyRollup.at(level, dwellings);
    Dataset<Row> cells = cells(population);
    SortedSet<String> populated = populationAreas(level, cells);
    // Read by the driver and by the roll-up: counted once, the first read filling the cache.
    Dataset<Row> stock = counted.persist(StorageLevel.MEMORY_AND_DISK());
    SortedSet<String> areas = new TreeSet<>();
    SortedSet<String> covered = new TreeSet<>();
    SortedSet<String> unplaced = new TreeSet<>();
    for (Row row : stock.where(col(SupplyRollup.CATEGORY).isNull()
            .and(col(SupplyRollup.MUNICIPALITY_CODE).isNotNull()))
        .select(SupplyRollup.AREA_CODE, SupplyRollup.MUNICIPALITY_CODE).collectAsList()) {
      covered.add(row.getString(1));
      if (row.isNullAt(0)) {
        unplaced.add(row.getString(1));
      } else {
        areas.add(row.getString(0));
      }
    }
    areas.addAll(populated);
    SortedSet<String> orphans = new TreeSet<>(unplaced);
    for (String area : areas) {
      hierarchy.level(area);
      orphans.remove(gemeente(area));
    }
    // A gemeente summed from its wijken or buurten lacks its homes without a code there.
    SortedSet<String> lacking = new TreeSet<>(level == AreaType.GEMEENTE ? Set.of() : unplaced);
    lacking.removeAll(orphans);

    List<Row> sources = new ArrayList<>();
    List<Row> chains = new ArrayList<>();
    SortedSet<String> all = new TreeSet<>();
    areas.forEach(area -> sources.add(RowFactory.create(area, AREA,
        covered.contains(gemeente(area)))));
    orphans.forEach(gemeente -> sources.add(RowFactory.create(gemeente, ORPHAN, false)));
    lacking.forEach(gemeente -> sources.add(RowFactory.create(gemeente, LACKING, false)));
    for (Row source : sources) {
      String code = source.getString(0);
      List<String> chain = new ArrayList<>(List.of(code));
      chain.addAll(hierarchy.ancestors(code));
      chain.forEach(ancestor -> chains.add(RowFactory.create(code, ancestor)));
      all.addAll(chain);
    }
    List<Row> placed = new ArrayList<>();
    all.forEach(code -> placed.add(RowFactory.create(code, hierarchy.level(code).getCode(),
        hierarchy.parent(code).orElse(null))));
    List<Row> populationKeys = new ArrayList<>();
    for (PopulationMeasure measure : PopulationMeasure.values()) {
      populationKeys.add(RowFactory.create(Gapping.POPULATION + measure.name(), measure.name()));
    }
    List<Row> stockKeys = new ArrayList<>(List.of(RowFactory.create(Gapping.HOMES, null)));
    categories.forEach(category -> stockKeys.add(RowFactory.create(Gapping.SUPPLY + category,
        null)));

    SparkSession spark = dwellings.sparkSession();
    Dataset<Row> from = spark.createDataFrame(sources, SOURCES);
    Column self = array(col("source"));
    Column none = array().cast(DataTypes.createArrayType(DataTypes.StringType, false));
    Column isArea = col("kind").equalTo(AREA);
    Column known = isArea.and(col("covered"));

    Dataset<Row> present = cells.select(col(AREA_CODE).as("p_area"), col(MEASURE).as("p_measure"),
        col(COUNT).as("p_count"));
    Dataset<Row> populationFacts = from.where(col("kind").notEqual(LACKING))
        .crossJoin(spark.createDataFrame(populationKeys, KEYS))
        .join(present, isArea.and(col("source").equalTo(col("p_area")))
            .and(col("k_measure").equalTo(col("p_measure"))), "left")
        .select(col("source"), col("key"), col("p_count").as("value"),
            when(col("p_area").isNotNull().and(col("p_count").isNull()), self).otherwise(none)
                .as("suppressed"),
            when(col("p_area").isNull(), self).otherwise(none).as("missing"));
    Dataset<Row> homes = stock.where(col(SupplyRollup.AREA_CODE).isNotNull())
        .select(col(SupplyRollup.AREA_CODE).as("s_area"),
            when(col(SupplyRollup.CATEGORY).isNull(), lit(Gapping.HOMES))
                .otherwise(concat(lit(Gapping.SUPPLY), col(SupplyRollup.CATEGORY))).as("s_key"),
            col(SupplyRollup.HOMES).as("s_homes"));
    Dataset<Row> stockFacts = from.crossJoin(spark.createDataFrame(stockKeys, KEYS))
        .join(homes, col("source").equalTo(col("s_area")).and(col("key").equalTo(col("s_key"))),
            "left")
        .select(col("source"), col("key"),
            when(known, coalesce(col("s_homes"), lit(0L))).as("value"),
            none.as("suppressed"), when(known, none).otherwise(self).as("missing"));

    Dataset<Row> rolled = populationFacts.unionByName(stockFacts)
        .join(spark.createDataFrame(chains, CHAINS), col("source").equalTo(col("c_source")))
        .groupBy(col("ancestor"), col("key"))
        .agg(sum(col("value")).as("value"), sorted("suppressed"), sorted("missing"))
        .groupBy(col("ancestor"))
        .agg(map_from_entries(collect_list(struct(col("key"),
            struct(col("value"), col("suppressed"), col("missing"))))).as("amounts"))
        .join(spark.createDataFrame(placed, AREAS), col("ancestor").equalTo(col(AREA_CODE)))
        .select(col(AREA_CODE), col(LEVEL), col(PARENT_CODE), col("amounts"));
    List<NormTerm> norms = terms;
    MapPartitionsFunction<Row, Row> perPartition = rows -> {
      Gapping gapping = new Gapping(norms);
      return new FlatIterator<>(rows, area -> gapping.rows(area, year));
    };
    Dataset<Row> today = rolled.mapPartitions(perPartition, Encoders.row(SCHEMA));
    if (forecast == null) {
      return today;
    }
    SortedSet<String> gemeenten = new TreeSet<>();
    all.stream().filter(code -> hierarchy.level(code) == AreaType.GEMEENTE)
        .forEach(gemeenten::add);
    SortedSet<Integer> years = new TreeSet<>();
    gemeenten.forEach(gemeente -> years.addAll(forecast.years(gemeente).tailSet(year + 1)));
    List<Row> factors = new ArrayList<>();
    List<Row> gemeenteChains = new ArrayList<>();
    for (String gemeente : gemeenten) {
      for (int future : years) {
        for (ForecastScenario scenario : ForecastScenario.values()) {
          OptionalLong inhabitants = forecast.inhabitants(gemeente, future, scenario);
          factors.add(RowFactory.create(gemeente, future, scenario.name(),
              inhabitants.isPresent() ? inhabitants.getAsLong() : null));
        }
      }
      gemeenteChains.add(RowFactory.create(gemeente, gemeente));
      hierarchy.ancestors(gemeente).forEach(ancestor -> gemeenteChains.add(
          RowFactory.create(gemeente, ancestor)));
    }
    Dataset<Row> future = rolled.where(col(LEVEL).equalTo(AreaType.GEMEENTE.getCode()))
        .join(spark.createDataFrame(factors, FACTORS), col(AREA_CODE).equalTo(col("f_gemeente")))
        .join(spark.createDataFrame(gemeenteChains, CHAINS),
            col(AREA_CODE).equalTo(col("c_source")))
        .groupBy(col("ancestor"), col("f_year"), col("f_scenario"))
        .agg(collect_list(struct(col(AREA_CODE), col("f_inhabitants"), col("amounts")))
            .as("parts"))
        .join(spark.createDataFrame(placed, AREAS), col("ancestor").equalTo(col(AREA_CODE)))
        .select(col(AREA_CODE), col(LEVEL), col(PARENT_CODE), col("f_year"), col("f_scenario"),
            col("parts"));
    MapPartitionsFunction<Row, Row> perForecast = rows -> {
      Gapping gapping = new Gapping(norms);
      return new FlatIterator<>(rows, gapping::forecastRows);
    };
    return today.union(future.mapPartitions(perForecast, Encoders.row(SCHEMA)));
  }

  /**
   * The forecast cells read into the library's forecast, which checks them; {@code year}, the
   * population's, only dates its source.
   */
  private static PopulationForecast forecast(Dataset<Row> cells, int year) {
    checkColumns(cells, FORECAST, "forecast cells");
    PopulationForecast.Builder forecast = PopulationForecast.builder(PopulationSource.of(
        "woonzorg-spark", "forecast", LocalDate.of(year, 1, 1)));
    for (Row cell : cells.select(col(AREA_CODE), col(YEAR).cast(DataTypes.IntegerType),
        col(LOW).cast(DataTypes.LongType), col(CENTRAL).cast(DataTypes.LongType),
        col(HIGH).cast(DataTypes.LongType)).collectAsList()) {
      for (int index = 0; index < FORECAST.size(); index++) {
        if (cell.isNullAt(index)) {
          throw new IllegalArgumentException("a forecast cell of " + cell.get(0) + " "
              + cell.get(1) + " has no " + FORECAST.fields()[index].name());
        }
      }
      forecast.add(cell.getString(0), cell.getInt(1), cell.getLong(2), cell.getLong(3),
          cell.getLong(4));
    }
    return forecast.build();
  }

  /** The gemeente of an area of the hierarchy. */
  private String gemeente(String area) {
    return engine.hierarchy().at(AreaType.GEMEENTE, area).orElseThrow();
  }

  private static Column sorted(String column) {
    return array_sort(array_distinct(flatten(collect_list(col(column))))).as(column);
  }

  /** The population's cells, their columns checked and typed. */
  private static Dataset<Row> cells(Dataset<Row> population) {
    checkColumns(population, POPULATION_CELLS, "population cells");
    return population.select(col(AREA_CODE), col(MEASURE),
        col(COUNT).cast(DataTypes.LongType).as(COUNT));
  }

  /**
   * Checks that {@code data} has the columns of {@code wanted}: a string where it wants one, a
   * whole number of any width where it wants a number.
   */
  private static void checkColumns(Dataset<Row> data, StructType wanted, String what) {
    StructType schema = data.schema();
    for (StructField column : wanted.fields()) {
      Optional<StructField> found = List.of(schema.fields()).stream()
          .filter(field -> field.name().equals(column.name())).findFirst();
      boolean fits = found.isPresent() && (column.dataType().equals(DataTypes.StringType)
          ? found.get().dataType().equals(DataTypes.StringType)
          : WHOLE_NUMBERS.contains(found.get().dataType()));
      if (!fits) {
        throw new IllegalArgumentException(what + " need a column " + column.name()
            + " of type " + column.dataType().simpleString() + " (" + wanted.simpleString()
            + "), found " + schema.simpleString());
      }
    }
  }

  /**
   * The areas of {@code cells} at {@code level}, each area's cells checked as a population table
   * checks its rows.
   */
  private static SortedSet<String> populationAreas(AreaType level, Dataset<Row> cells) {
    SortedSet<String> areas = new TreeSet<>();
    for (Row row : cells.groupBy(col(AREA_CODE))
        .agg(collect_list(col(MEASURE)).as(MEASURE), min(col(COUNT)).as(COUNT),
            count(lit(1)).as("cells"))
        .collectAsList()) {
      String code = row.getString(0);
      Optional<AreaType> type = code == null ? Optional.empty()
          : AreaHierarchy.NETHERLANDS.equals(code) ? Optional.of(AreaType.LAND)
          : AreaType.ofCodePrefix(code).filter(found -> found.hasCodeFormat(code));
      if (type.isEmpty()) {
        throw new IllegalArgumentException("a population cell of '" + code + "', which is not"
            + " a CBS code of NL00, a provincie, gemeente, wijk or buurt");
      }
      if (row.getList(1).size() != row.getLong(3)) {
        throw new IllegalArgumentException("a population cell of " + code + " has no measure");
      }
      Set<String> measures = new TreeSet<>();
      for (String measure : row.<String>getList(1)) {
        if (PopulationMeasure.find(measure).isEmpty()) {
          throw new IllegalArgumentException("a population cell of " + code + " has measure '"
              + measure + "', not one of " + List.of(PopulationMeasure.values()));
        }
        if (!measures.add(measure)) {
          throw new IllegalArgumentException("the population has two cells of " + code + " "
              + measure);
        }
      }
      if (!row.isNullAt(2) && row.getLong(2) < 0) {
        throw new IllegalArgumentException("a population cell of " + code
            + " has a negative count: " + row.getLong(2));
      }
      if (type.get() == level) {
        areas.add(code);
      }
    }
    return areas;
  }
}
