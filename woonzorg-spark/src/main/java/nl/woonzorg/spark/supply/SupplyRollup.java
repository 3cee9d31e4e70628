package nl.woonzorg.spark.supply;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.array_union;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.when;

import java.util.List;
import java.util.Locale;
import nl.woonzorg.analysis.supply.CategoryTally;
import nl.woonzorg.analysis.supply.StockClassification;
import nl.woonzorg.model.area.AreaType;
import nl.woonzorg.spark.internal.Classifying;
import nl.woonzorg.spark.internal.FlatIterator;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apiguardian.api.API;

/**
 * The analysis's supply of homes (<i>aanbod</i>) per area and category, at the levels gemeente,
 * wijk and buurt at once, as one Spark job: the numbers of {@code woonzorg-analysis}'s {@link
 * CategoryTally} with {@link StockClassification#defaults()} at each level — each dwelling read as
 * the library reads it and classified by the library, then counted by aggregation.
 *
 * <p>One row per level, area and category ({@link #SCHEMA}): {@code category} null is all homes of
 * the area, in a category or not. What a tally cannot place is there too, never as zero: a row
 * with a null {@code area_code} counts the homes of gemeente {@code municipality_code} whose
 * record has no code at the level (the tally's {@code unplaced}), and a row with both null the
 * homes without any area ({@code withoutMunicipality}). Records that cannot be read as dwellings
 * are not counted: check them first with {@link nl.woonzorg.spark.RecordCheck}.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class SupplyRollup {

  /** The level's code: {@code GEMEENTE}, {@code WIJK}, {@code BUURT}. */
  public static final String LEVEL = "level";
  /** The CBS code of the area; null for homes not placed at the level. */
  public static final String AREA_CODE = "area_code";
  /** The gemeente of the area or of the homes not placed; null for homes without any area. */
  public static final String MUNICIPALITY_CODE = "municipality_code";
  /** The category's code; null for all homes. */
  public static final String CATEGORY = "category";
  /** The number of homes. */
  public static final String HOMES = "homes";

  /** The schema of {@link #of(Dataset)}. */
  public static final StructType SCHEMA = new StructType()
      .add(LEVEL, DataTypes.StringType, false)
      .add(AREA_CODE, DataTypes.StringType, true)
      .add(MUNICIPALITY_CODE, DataTypes.StringType, true)
      .add(CATEGORY, DataTypes.StringType, true)
      .add(HOMES, DataTypes.LongType, false);

  private SupplyRollup() {}

  /** The supply of the dwelling records {@code dwellings}, columns as for a record check. */
  public static Dataset<Row> of(Dataset<Row> dwellings) {
    return rollup(dwellings, List.of(AreaType.GEMEENTE, AreaType.WIJK, AreaType.BUURT));
  }

  /**
   * The supply of the dwelling records {@code dwellings} at {@code level} only: the rows of {@link
   * #of(Dataset)} of that level, counted without the other two.
   *
   * @throws IllegalArgumentException if {@code level} is not {@link AreaType#GEMEENTE}, {@link
   *     AreaType#WIJK} or {@link AreaType#BUURT}, the levels a dwelling records
   */
  public static Dataset<Row> at(AreaType level, Dataset<Row> dwellings) {
    if (level != AreaType.GEMEENTE && level != AreaType.WIJK && level != AreaType.BUURT) {
      throw new IllegalArgumentException("a dwelling records the codes of its gemeente, wijk and"
          + " buurt, so a supply is counted per one of those, not per " + level.getCode());
    }
    return rollup(dwellings, List.of(level));
  }

  private static Dataset<Row> rollup(Dataset<Row> dwellings, List<AreaType> at) {
    StructType schema = dwellings.schema();
    MapPartitionsFunction<Row, Row> perPartition = rows -> {
      Classifying classifying = new Classifying(schema);
      return new FlatIterator<>(rows, classifying::classify);
    };
    Dataset<Row> classified =
        dwellings.mapPartitions(perPartition, Encoders.row(Classifying.SCHEMA));
    Column levels = array(at.stream().map(SupplyRollup::level).toArray(Column[]::new));
    Column municipality = col("municipality");
    Column code = col("at.code");
    Column all = array(lit(null).cast(DataTypes.StringType));
    return classified
        .select(municipality, col("categories"), explode(levels).as("at"))
        .select(col("at.level").as(LEVEL),
            when(municipality.isNull(), lit(null)).otherwise(code).as(AREA_CODE),
            municipality.as(MUNICIPALITY_CODE),
            explode(when(municipality.isNotNull().and(code.isNotNull()),
                array_union(col("categories"), all)).otherwise(all)).as(CATEGORY))
        .groupBy(col(LEVEL), col(AREA_CODE), col(MUNICIPALITY_CODE), col(CATEGORY))
        .agg(count(lit(1)).as(HOMES));
  }

  /** The level's code and a classified row's code at it (the columns of {@link Classifying}). */
  private static Column level(AreaType level) {
    return struct(lit(level.getCode()).as("level"),
        col(level.getCode().toLowerCase(Locale.ROOT)).as("code"));
  }
}
