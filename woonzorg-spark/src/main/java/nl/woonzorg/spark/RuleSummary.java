package nl.woonzorg.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count_distinct;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.round;
import static org.apache.spark.sql.functions.struct;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apiguardian.api.API;

/**
 * A summary per rule of a findings Dataset (<i>samenvatting per regel</i>), as data-quality
 * frameworks show one: how many records were tested, how many passed and failed the rule, and the
 * failed share. A record fails a rule if it has at least one finding of it; a record is told apart
 * by its key, file and line together.
 *
 * <p>Only rules with at least one finding are listed: a rule that every record passed has no row.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class RuleSummary {

  /** The rule id. */
  public static final String RULE_ID = FindingColumns.RULE_ID;
  /** The severity the rule's findings have. */
  public static final String SEVERITY = FindingColumns.SEVERITY;
  /** The number of records checked: the same on every row. */
  public static final String RECORDS_TESTED = "records_tested";
  /** The records without a finding of the rule. */
  public static final String RECORDS_PASSED = "records_passed";
  /** The records with at least one finding of the rule. */
  public static final String RECORDS_FAILED = "records_failed";
  /** The number of the rule's findings, more than the failed records where a record has several. */
  public static final String FINDINGS = "findings";
  /**
   * Failed records over records tested, as a decimal rounded half-up to six places (exact counts
   * are in the other columns).
   */
  public static final String FAILED_SHARE = "failed_share";

  private RuleSummary() {}

  /**
   * The summary of {@code findings}, the findings of {@code recordsTested} records, one row per
   * rule and severity, ordered by rule id.
   *
   * @throws IllegalArgumentException if {@code recordsTested} is negative
   */
  public static Dataset<Row> of(long recordsTested, Dataset<Row> findings) {
    if (recordsTested < 0) {
      throw new IllegalArgumentException("records tested must not be negative: " + recordsTested);
    }
    Column record = struct(col(FindingColumns.RECORD_KEY), col(FindingColumns.SOURCE_FILE),
        col(FindingColumns.LINE));
    Column tested = lit(recordsTested);
    Column failed = col(RECORDS_FAILED);
    return findings.groupBy(col(RULE_ID), col(SEVERITY))
        .agg(count_distinct(record).as(RECORDS_FAILED),
            org.apache.spark.sql.functions.count(lit(1)).as(FINDINGS))
        .select(col(RULE_ID), col(SEVERITY), tested.as(RECORDS_TESTED),
            tested.minus(failed).as(RECORDS_PASSED), failed, col(FINDINGS),
            recordsTested == 0 ? lit(null).cast(DataTypes.createDecimalType(7, 6)).as(FAILED_SHARE)
                : round(failed.cast(DataTypes.createDecimalType(20, 0))
                    .divide(tested.cast(DataTypes.createDecimalType(20, 0))), 6)
                    .cast(DataTypes.createDecimalType(7, 6)).as(FAILED_SHARE))
        .orderBy(col(RULE_ID), col(SEVERITY));
  }
}
