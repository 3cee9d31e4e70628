package nl.woonzorg.spark.crossrecord;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.map;
import static org.apache.spark.sql.functions.regexp_replace;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import nl.woonzorg.model.code.Language;
import nl.woonzorg.model.report.Severity;
import nl.woonzorg.spark.FindingColumns;
import nl.woonzorg.spark.internal.Allocating;
import nl.woonzorg.spark.internal.FlatIterator;
import nl.woonzorg.spark.internal.Templates;
import nl.woonzorg.vera.allocation.AllocationFacts;
import nl.woonzorg.vera.allocation.AllocationTally;
import nl.woonzorg.vera.allocation.Period;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apiguardian.api.API;

/**
 * Allocations against an agreed contingent (<i>toewijzingen tegen een afgesproken
 * contingent</i>), {@value #RULE}: of the allocations ({@code Toewijzing}) of each period and area,
 * at least the agreed share went to a target group — e.g. 30 % to urgent applicants ({@code
 * toewijzingen.voorrang.URG}) or 40 % to older households ({@code
 * toewijzingen.ouderenhuishouden}). The counts are {@code woonzorg-vera}'s {@link
 * AllocationTally}'s, done as one aggregation; the comparison is exact (counts and decimals, no
 * doubles).
 *
 * <p>The allocations have WRV's {@code Toewijzing} attribute names ({@code id}, {@code datum},
 * {@code eenheid} with its {@code id}, {@code doelgroep}, {@code voorrangsregelingen}, {@code
 * passendheidsoort}, {@code isOuderenhuishouden}), as {@code spark.read().json(…)} reads them; each
 * row is read by {@code AllocationReader}, and one it refuses gives its reading problems as
 * findings. The units' areas are a table of {@code unit_id} and {@code area_code}; an allocation
 * whose unit is not in it is counted in the area {@value AllocationTally#UNKNOWN_AREA}, as the
 * tally counts it. The contingents have the columns {@code indicator} (an indicator of {@link
 * AllocationFacts#toMeasurements}, without {@code .aandeel}), {@code area_code} (null for every
 * area) and {@code minimum_percent} (a decimal).
 *
 * <p>Each period and area whose share falls below a contingent is a warning keyed by the area's
 * code, with {@code period}, {@code area_code}, {@code indicator}, {@code count}, {@code total}
 * and {@code minimum_percent} as its parameters. A period and area without any allocation have no
 * share and no finding.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class ContingentCheck {

  /** The rule's id. */
  public static final String RULE = "WZ-SPARK-CONTINGENT-01";

  /** The column of the period's label, {@code 2024} or {@code 2024-K1}. */
  public static final String PERIOD = "period";
  /** The column of the period's last day. */
  public static final String PERIOD_END = "period_end";
  /** The column of the area's code. */
  public static final String AREA_CODE = "area_code";
  /** The column of the indicator. */
  public static final String INDICATOR = "indicator";
  /** The column of the count of allocations of the indicator. */
  public static final String COUNT = "count";
  /** The column of the count of all allocations of the period and area. */
  public static final String TOTAL = "total";
  /** The contingents' column of the least share agreed, in percent. */
  public static final String MINIMUM_PERCENT = "minimum_percent";

  private final Locale locale;
  private final Period period;

  private ContingentCheck(Locale locale, Period period) {
    this.locale = locale;
    this.period = period;
  }

  /**
   * A check by {@code period} (a year or a quarter), whose findings are worded in {@code
   * locale}'s language (Dutch unless {@code en}).
   */
  public static ContingentCheck of(Locale locale, Period period) {
    return new ContingentCheck(Objects.requireNonNull(locale, "locale"),
        Objects.requireNonNull(period, "period"));
  }

  private Dataset<Row> allocated(Dataset<Row> allocations) {
    Period by = period;
    Locale in = locale;
    StructType schema = allocations.schema();
    int keyIndex = Arrays.asList(schema.fieldNames()).indexOf("id");
    MapPartitionsFunction<Row, Row> perPartition = rows -> {
      Allocating allocating = new Allocating(schema, by, in, keyIndex);
      return new FlatIterator<>(rows, allocating::allocate);
    };
    return allocations.mapPartitions(perPartition, Encoders.row(Allocating.schema(FindingColumns.SCHEMA)));
  }

  /**
   * Per period, area and indicator, how many of the allocations of {@code allocations} count in
   * it, and how many allocations the period and area have in all: {@code AllocationFacts}' numbers
   * as rows ({@link #PERIOD}, {@link #PERIOD_END}, {@link #AREA_CODE}, {@link #INDICATOR}, {@link
   * #COUNT}, {@link #TOTAL}). Rows that cannot be read are not counted: {@link #findings} reports
   * them.
   */
  public Dataset<Row> counts(Dataset<Row> allocations, Dataset<Row> unitAreas) {
    Dataset<Row> areas = unitAreas.select(col("unit_id").as("u_id"),
        col(AREA_CODE).as("u_area"));
    Dataset<Row> counted = allocated(allocations).where(col(PERIOD).isNotNull())
        .join(areas, col("unit_id").equalTo(col("u_id")), "left")
        .select(col(PERIOD), col(PERIOD_END),
            coalesce(col("u_area"), lit(AllocationTally.UNKNOWN_AREA)).as(AREA_CODE),
            explode(col("indicators")).as(INDICATOR))
        .groupBy(col(PERIOD), col(PERIOD_END), col(AREA_CODE), col(INDICATOR))
        .agg(count(lit(1)).as(COUNT));
    Dataset<Row> totals = counted.where(col(INDICATOR).equalTo(AllocationFacts.INDICATOR))
        .select(col(PERIOD).as("t_period"), col(AREA_CODE).as("t_area"), col(COUNT).as(TOTAL));
    return counted.join(totals, col(PERIOD).equalTo(col("t_period"))
            .and(col(AREA_CODE).equalTo(col("t_area"))))
        .select(col(PERIOD), col(PERIOD_END), col(AREA_CODE), col(INDICATOR), col(COUNT),
            col(TOTAL));
  }

  /**
   * The findings of the periods and areas of {@code allocations} whose share falls below a
   * contingent of {@code contingents}, and of the rows that cannot be read, in the schema {@link
   * FindingColumns#SCHEMA}.
   */
  public Dataset<Row> findings(Dataset<Row> allocations, Dataset<Row> unitAreas,
      Dataset<Row> contingents) {
    Language language = Language.of(locale);
    // Every area's totals, so that an indicator without any allocation counts 0 of them.
    Dataset<Row> counts = counts(allocations, unitAreas);
    Dataset<Row> totals = counts.where(col(INDICATOR).equalTo(AllocationFacts.INDICATOR))
        .select(col(PERIOD), col(AREA_CODE), col(TOTAL));
    Dataset<Row> agreed = contingents.select(col(INDICATOR).as("c_indicator"),
        col(AREA_CODE).as("c_area"),
        col(MINIMUM_PERCENT).cast(DataTypes.createDecimalType(9, 4)).as("c_percent"));
    Dataset<Row> parts = counts.select(col(PERIOD).as("p_period"), col(AREA_CODE).as("p_area"),
        col(INDICATOR).as("p_indicator"), col(COUNT).as("p_count"));
    Column part = coalesce(col("p_count"), lit(0L));
    // count / total < percent / 100, exactly: count × 100 < percent × total, in decimals.
    Column below = part.cast(DataTypes.createDecimalType(20, 0)).multiply(lit(100))
        .lt(col("c_percent").multiply(col(TOTAL).cast(DataTypes.createDecimalType(20, 0))));
    Column percent = col("c_percent").cast(DataTypes.createDecimalType(9, 4));
    Column percentText = regexp_replace(regexp_replace(percent.cast(DataTypes.StringType),
            "(\\.\\d*?)0+$", "$1"), "\\.$", "");
    Column text = Templates.fill(language.pick(
            "{0} van de {1} toewijzingen in {2} ({3}) zijn {4}; afgesproken is ten minste {5} %",
            "{0} of the {1} allocations in {2} ({3}) are {4}; at least {5} % were agreed"),
        part.cast(DataTypes.StringType), col(TOTAL).cast(DataTypes.StringType), col(AREA_CODE),
        col(PERIOD), col("c_indicator"), percentText);
    Dataset<Row> shortfalls = totals.join(agreed,
            col("c_area").isNull().or(col("c_area").equalTo(col(AREA_CODE))))
        .join(parts, col("p_period").equalTo(col(PERIOD))
            .and(col("p_area").equalTo(col(AREA_CODE)))
            .and(col("p_indicator").equalTo(col("c_indicator"))), "left")
        .where(below)
        .select(col(AREA_CODE).as(FindingColumns.RECORD_KEY), lit(RULE).as(FindingColumns.RULE_ID),
            lit(Severity.WARNING.getCode()).as(FindingColumns.SEVERITY),
            lit("").as(FindingColumns.PATH), text.as(FindingColumns.MESSAGE),
            map(lit(PERIOD), col(PERIOD), lit(AREA_CODE), col(AREA_CODE),
                lit(INDICATOR), col("c_indicator"), lit(COUNT), part.cast(DataTypes.StringType),
                lit(TOTAL), col(TOTAL).cast(DataTypes.StringType),
                lit(MINIMUM_PERCENT), percentText,
                lit("value"), concat(part.cast(DataTypes.StringType), lit("/"),
                    col(TOTAL).cast(DataTypes.StringType)),
                lit("expected"), concat(lit(">= "), percentText, lit(" %")))
                .as(FindingColumns.PARAMS),
            lit(null).cast(DataTypes.StringType).as(FindingColumns.SOURCE_FILE),
            lit(null).cast(DataTypes.LongType).as(FindingColumns.LINE));
    Dataset<Row> unreadable = allocated(allocations).where(col(PERIOD).isNull())
        .select(explode(col("problems")).as("f")).select("f.*");
    return shortfalls.unionByName(unreadable);
  }
}
