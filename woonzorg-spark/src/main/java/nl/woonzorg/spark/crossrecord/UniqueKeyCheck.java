package nl.woonzorg.spark.crossrecord;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.map;

import java.util.Locale;
import java.util.Objects;
import nl.woonzorg.spark.FindingColumns;
import nl.woonzorg.spark.internal.Templates;
import nl.woonzorg.validation.WoonzorgValidator;
import nl.woonzorg.validation.rule.Profile;
import nl.woonzorg.validation.rule.RuleDefinition;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataTypes;
import org.apiguardian.api.API;

/**
 * The cross-record rule that a key is unique (<i>unieke sleutel</i>), as an aggregation over the
 * whole Dataset: every record whose key another record has too is a finding of the library's
 * {@code WZ-ID-01} ("id is unique within its kind"), worded as the library words it, with the
 * number of records that share the key in {@code occurrences}. A null key is not compared.
 *
 * <p>Unlike the library's rule, which reports each occurrence after the first in document order,
 * a Dataset has no order: all records that share a key are reported.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class UniqueKeyCheck {

  private static final String RULE = "WZ-ID-01";

  private final Locale locale;
  private final String kind;

  private UniqueKeyCheck(Locale locale, String kind) {
    this.locale = locale;
    this.kind = kind;
  }

  /**
   * A check whose findings are worded in {@code locale}'s language and name the records' {@code
   * kind} (e.g. {@code DWELLING}).
   */
  public static UniqueKeyCheck of(Locale locale, String kind) {
    return new UniqueKeyCheck(Objects.requireNonNull(locale, "locale"),
        Objects.requireNonNull(kind, "kind"));
  }

  /**
   * The findings of the records of {@code records} whose column {@code keyColumn} is not unique,
   * in the schema {@link FindingColumns#SCHEMA}, located at {@code /keyColumn}.
   */
  public Dataset<Row> findings(Dataset<Row> records, String keyColumn) {
    RuleDefinition rule = WoonzorgValidator.builtInRules().stream()
        .filter(definition -> definition.id().equals(RULE)).findFirst().orElseThrow();
    String message = rule.messages().text(RULE + ".message", locale).orElseThrow();
    String expected = rule.messages().text(RULE + ".expected", locale).orElseThrow();
    Column key = col(keyColumn).cast(DataTypes.StringType);
    Column kindText = lit(kind);
    return records.where(col(keyColumn).isNotNull())
        .select(key.as("k"), count(lit(1)).over(Window.partitionBy(col(keyColumn))).as("n"))
        .where(col("n").gt(1))
        .select(col("k").as(FindingColumns.RECORD_KEY), lit(RULE).as(FindingColumns.RULE_ID),
            lit(rule.severity(Profile.VASTGESTELD).getCode())
                .as(FindingColumns.SEVERITY),
            lit("/" + keyColumn).as(FindingColumns.PATH),
            Templates.fill(message, col("k"), kindText).as(FindingColumns.MESSAGE),
            map(lit("id"), col("k"), lit("objectKind"), kindText, lit("occurrences"),
                col("n").cast(DataTypes.StringType), lit("value"), col("k"), lit("expected"),
                Templates.fill(expected, col("k"), kindText)).as(FindingColumns.PARAMS),
            lit(null).cast(DataTypes.StringType).as(FindingColumns.SOURCE_FILE),
            lit(null).cast(DataTypes.LongType).as(FindingColumns.LINE));
  }
}
