package nl.woonzorg.spark.crossrecord;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.map;

import java.util.Locale;
import java.util.Objects;
import nl.woonzorg.model.code.Language;
import nl.woonzorg.model.report.Severity;
import nl.woonzorg.spark.FindingColumns;
import nl.woonzorg.spark.internal.Templates;
import nl.woonzorg.spark.supply.SupplyRollup;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apiguardian.api.API;

/**
 * The cross-record rule that the homes of a breakdown reach an agreed target (<i>aantal per gebied
 * en categorie haalt de afspraak</i>), {@value #RULE}: the counts of {@link SupplyRollup} — homes
 * per level, area and category — against a small table of targets, as one join and no UDF.
 *
 * <p>The targets have the columns {@code level} ({@code GEMEENTE}, {@code WIJK}, {@code BUURT}),
 * {@code area_code}, {@code category} (a category's code, or null for all homes of the area) and
 * {@code target} (a whole number, at least that many homes). Each target the count falls short of
 * is a warning, keyed by the area's code, at the root pointer, with {@code level}, {@code
 * area_code}, {@code category}, {@code homes}, {@code target} and {@code shortfall} as its
 * parameters. An area without any home of the category counts 0, so its target is a finding too.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class TargetCheck {

  /** The rule's id. */
  public static final String RULE = "WZ-SPARK-TARGET-01";
  /** The targets' column of the least number of homes agreed. */
  public static final String TARGET = "target";

  private final Locale locale;

  private TargetCheck(Locale locale) {
    this.locale = locale;
  }

  /** A check whose findings are worded in {@code locale}'s language (Dutch unless {@code en}). */
  public static TargetCheck of(Locale locale) {
    return new TargetCheck(Objects.requireNonNull(locale, "locale"));
  }

  /**
   * The findings of the targets of {@code targets} that the counts of {@code supply} (a {@link
   * SupplyRollup#of} Dataset) fall short of, in the schema {@link FindingColumns#SCHEMA}.
   */
  public Dataset<Row> findings(Dataset<Row> supply, Dataset<Row> targets) {
    Language language = Language.of(locale);
    Dataset<Row> agreed = targets.select(col(SupplyRollup.LEVEL).as("t_level"),
        col(SupplyRollup.AREA_CODE).as("t_area"), col(SupplyRollup.CATEGORY).as("t_category"),
        col(TARGET).cast(DataTypes.LongType).as("t_target"));
    Column homes = coalesce(col(SupplyRollup.HOMES), lit(0L));
    Column shortfall = col("t_target").minus(homes);
    Column category = coalesce(col("t_category"), lit(language.pick("alle", "all")));
    Column text = Templates.fill(language.pick(
            "{0} woningen van categorie {1} in {2} ({3}); afgesproken is ten minste {4}",
            "{0} homes of category {1} in {2} ({3}); at least {4} were agreed"),
        homes.cast(DataTypes.StringType), category, col("t_area"), col("t_level"),
        col("t_target").cast(DataTypes.StringType));
    return agreed.join(supply, col("t_level").equalTo(col(SupplyRollup.LEVEL))
            .and(col("t_area").equalTo(col(SupplyRollup.AREA_CODE)))
            .and(col("t_category").eqNullSafe(col(SupplyRollup.CATEGORY))), "left")
        .where(homes.lt(col("t_target")))
        .select(col("t_area").as(FindingColumns.RECORD_KEY), lit(RULE).as(FindingColumns.RULE_ID),
            lit(Severity.WARNING.getCode()).as(FindingColumns.SEVERITY),
            lit("").as(FindingColumns.PATH), text.as(FindingColumns.MESSAGE),
            map(lit("level"), col("t_level"), lit("area_code"), col("t_area"),
                lit("category"), category, lit("homes"), homes.cast(DataTypes.StringType),
                lit(TARGET), col("t_target").cast(DataTypes.StringType),
                lit("shortfall"), shortfall.cast(DataTypes.StringType),
                lit("value"), homes.cast(DataTypes.StringType),
                lit("expected"), concat(lit(">= "), col("t_target").cast(DataTypes.StringType)))
                .as(FindingColumns.PARAMS),
            lit(null).cast(DataTypes.StringType).as(FindingColumns.SOURCE_FILE),
            lit(null).cast(DataTypes.LongType).as(FindingColumns.LINE));
  }
}
