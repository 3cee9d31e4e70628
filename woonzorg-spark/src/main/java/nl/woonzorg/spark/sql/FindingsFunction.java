package nl.woonzorg.spark.sql;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.woonzorg.spark.FindingColumns;
import nl.woonzorg.spark.internal.CheckSettings;
import nl.woonzorg.spark.internal.RecordChecking;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The SQL function {@code woonzorg_findings(json)}: the findings of one dwelling record given as
 * its wire-format JSON (e.g. {@code to_json(struct(*))}), as an array of structs {@code rule_id,
 * severity, path, message, params} — the library's check, as {@link nl.woonzorg.spark.RecordCheck}
 * does it; an empty array for a record without findings, null for a null argument. The JSON is
 * read as strictly as a line of a file, so it needs its {@code formatVersion}: {@code
 * to_json(struct(lit('1.0') AS formatVersion, *))} for a table without that column.
 *
 * <p>A class with a public no-argument constructor, for PySpark's {@code
 * spark.udf.registerJavaFunction("woonzorg_findings", "nl.woonzorg.spark.sql.FindingsFunction",
 * RETURN_TYPE_DDL)}: it takes the profile and language from the active session's configuration,
 * {@code spark.woonzorg.profile} ({@code VASTGESTELD} unless set) and {@code
 * spark.woonzorg.locale} ({@code nl} unless set). Serializable; each executor JVM builds its
 * validator once.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class FindingsFunction implements UDF1<String, List<Row>> {

  private static final long serialVersionUID = 1L;

  /** The configuration key of the profile, e.g. {@code CONCEPT}. */
  public static final String PROFILE_KEY = "spark.woonzorg.profile";
  /** The configuration key of the findings' language, a BCP 47 tag such as {@code en}. */
  public static final String LOCALE_KEY = "spark.woonzorg.locale";

  /** One finding of the array, the findings columns that are not about the record. */
  public static final StructType FINDING = new StructType()
      .add(FindingColumns.RULE_ID, DataTypes.StringType, false)
      .add(FindingColumns.SEVERITY, DataTypes.StringType, false)
      .add(FindingColumns.PATH, DataTypes.StringType, false)
      .add(FindingColumns.MESSAGE, DataTypes.StringType, false)
      .add(FindingColumns.PARAMS, DataTypes.createMapType(DataTypes.StringType,
          DataTypes.StringType), false);

  /**
   * The function's result type. The array and the map say they may hold nulls, though they never
   * do, because a type given as DDL, as PySpark gives it, says so.
   */
  public static final DataType RETURN_TYPE = DataTypes.createArrayType(FINDING);

  /** The result type as DDL, for {@code registerJavaFunction}'s third argument. */
  public static final String RETURN_TYPE_DDL = RETURN_TYPE.sql();

  private final CheckSettings settings;
  /** The check, made on first use in each JVM the function is sent to; it is thread-safe. */
  private transient volatile @Nullable RecordChecking checking;

  /** The function with the active session's settings (see the class description). */
  public FindingsFunction() {
    this(fromSession());
  }

  FindingsFunction(CheckSettings settings) {
    this.settings = settings;
    settings.validator();
  }

  private static CheckSettings fromSession() {
    String profile = "VASTGESTELD";
    String locale = "nl";
    if (SparkSession.getActiveSession().isDefined()) {
      SparkSession session = SparkSession.getActiveSession().get();
      profile = session.conf().get(PROFILE_KEY, profile);
      locale = session.conf().get(LOCALE_KEY, locale);
    }
    return new CheckSettings(profile, locale, List.of(), Map.of());
  }

  @Override
  public @Nullable List<Row> call(@Nullable String json) {
    if (json == null) {
      return null;
    }
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    List<Row> findings = new ArrayList<>();
    RecordChecking check = checking;
    if (check == null) {
      check = new RecordChecking(settings);
      checking = check;
    }
    for (Row row : check.check(bytes, 0, bytes.length, null, null, null)) {
      findings.add(RowFactory.create(row.get(1), row.get(2), row.get(3), row.get(4), row.get(5)));
    }
    return findings;
  }
}
