package nl.woonzorg.spark;

import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apiguardian.api.API;

/**
 * The columns of a findings Dataset (<i>bevindingen</i>), one row per finding: long format, so that
 * it can be grouped by rule, joined back to the records by key, or written as Parquet.
 *
 * <p>Every finding of every record is a row: unlike a {@code Report}, a findings Dataset has no cap
 * per rule, and so no {@code WZ-ENGINE-02} summaries.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class FindingColumns {

  /** The record's key, the value of the key column (by default {@code id}); null if unreadable. */
  public static final String RECORD_KEY = "record_key";
  /** The stable rule id, e.g. {@code WZ-BEAN-PATTERN} or {@code WZ-IO-SYNTAX}; never null. */
  public static final String RULE_ID = "rule_id";
  /** The severity's wire code: {@code ERROR}, {@code WARNING} or {@code INFO}; never null. */
  public static final String SEVERITY = "severity";
  /** The JSON Pointer into the record's wire form, e.g. {@code /postalCode}; never null. */
  public static final String PATH = "path";
  /** The finding's text in the check's language; never null. */
  public static final String MESSAGE = "message";
  /**
   * The finding's arguments by name, plus {@code value} and {@code expected} where the finding
   * has them and no argument of that name; never null.
   */
  public static final String PARAMS = "params";
  /** The file the record was read from; null for records that came as rows. */
  public static final String SOURCE_FILE = "source_file";
  /** The record's line in its file, from 1; null for records that came as rows. */
  public static final String LINE = "line";

  /** The schema of a findings Dataset, in the order of the constants above. */
  public static final StructType SCHEMA = new StructType()
      .add(RECORD_KEY, DataTypes.StringType, true)
      .add(RULE_ID, DataTypes.StringType, false)
      .add(SEVERITY, DataTypes.StringType, false)
      .add(PATH, DataTypes.StringType, false)
      .add(MESSAGE, DataTypes.StringType, false)
      .add(PARAMS, DataTypes.createMapType(DataTypes.StringType, DataTypes.StringType, false),
          false)
      .add(SOURCE_FILE, DataTypes.StringType, true)
      .add(LINE, DataTypes.LongType, true);

  private FindingColumns() {}
}
