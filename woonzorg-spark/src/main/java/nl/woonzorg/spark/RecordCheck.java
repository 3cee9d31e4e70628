package nl.woonzorg.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import nl.woonzorg.model.report.Severity;
import nl.woonzorg.spark.internal.CheckSettings;
import nl.woonzorg.spark.internal.DwellingRows;
import nl.woonzorg.spark.internal.FlatIterator;
import nl.woonzorg.spark.internal.NdjsonLines;
import nl.woonzorg.spark.internal.RowJson;
import nl.woonzorg.spark.internal.VeraFiles;
import nl.woonzorg.spark.internal.VeraRecordChecking;
import nl.woonzorg.validation.WoonzorgValidator;
import nl.woonzorg.validation.rule.Profile;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.apiguardian.api.API;

/**
 * woonzorg's record checks on Spark (<i>controle per record</i>): each dwelling record of a {@code
 * Dataset<Row>}, or each line of NDJSON files, checked exactly as the library's NDJSON check does
 * it — read strictly as the wire format, then validated by a {@link WoonzorgValidator} — giving
 * the long-format findings Dataset of {@link FindingColumns}.
 *
 * <p>A record Dataset has the wire format's property names as its columns ({@code id}, {@code
 * municipalityCode}, {@code unitKind}, …, as {@code spark.read().json(…)} gives them); a null
 * column is an absent property, and a column that is no property of a dwelling is reported as the
 * wire format reports an unknown property, so select the record's columns first.
 *
 * <p>The check is sent to the executors as its settings only: each executor JVM builds the
 * validator once and shares it among its tasks (it is thread-safe); nothing is built per row.
 *
 * <pre>{@code
 * RecordCheck check = RecordCheck.builder().locale(Locale.ENGLISH).build();
 * Dataset<Row> findings = check.findings(spark.read().json("stock.ndjson"));
 * Dataset<Row> summary = RuleSummary.of(dwellings.count(), findings);
 * }</pre>
 *
 * <p>Immutable, serializable and thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class RecordCheck implements Serializable {

  private static final long serialVersionUID = 1L;

  private final CheckSettings settings;
  private final String keyColumn;

  private RecordCheck(CheckSettings settings, String keyColumn) {
    this.settings = settings;
    this.keyColumn = keyColumn;
  }

  /** A builder with profile {@link Profile#VASTGESTELD}, Dutch texts, key column {@code id}. */
  public static Builder builder() {
    return new Builder();
  }

  /** The column whose value is each finding's {@link FindingColumns#RECORD_KEY}. */
  public String keyColumn() {
    return keyColumn;
  }

  /**
   * The findings of every record of {@code dwellings}, one row per finding, in the schema {@link
   * FindingColumns#SCHEMA}; a record without findings has no row. Lazy, like any Dataset.
   *
   * @throws IllegalArgumentException if {@code dwellings} has no {@link #keyColumn()}
   */
  public Dataset<Row> findings(Dataset<Row> dwellings) {
    return perRecord(dwellings, false);
  }

  /**
   * The findings of every VERA {@code Eenheid} record of {@code units}, whose columns are VERA's
   * attribute names as corporations' platforms hold them ({@code id}, {@code soort}, {@code
   * detailSoort}, {@code woonvorm}, {@code adres}, {@code kamersAantal}, …; code values as
   * structs {@code {code, naam}}, {@code adres} as a struct with {@code postcode} and {@code
   * gemeente}, {@code wijk}, {@code buurt} structs), in the schema {@link FindingColumns#SCHEMA}.
   *
   * <p>Each record is converted and checked as {@code woonzorg-vera} and the library do it: read
   * strictly as an {@code Eenheid} (its reading problems the findings if it cannot be), mapped to
   * a dwelling by {@code DwellingMapping.toDwelling}, and that dwelling validated. A value the
   * mapping refuses or misses is a finding too, at its pointer into the VERA record: {@code
   * WZ-VERA-MAP-MISSING} (an error: no dwelling could be built, so nothing else is checked),
   * {@code WZ-VERA-MAP-UNKNOWN-CODE} and {@code WZ-VERA-MAP-INVALID-VALUE} (warnings: the dwelling
   * is checked without the value). Attributes a dwelling has no counterpart for are not findings.
   * The validator's findings point into the dwelling's wire form ({@code /postalCode}). A column
   * must have VERA's type: a code value that Spark read as text (because another record had a
   * bare string there) is reported as the wrong type, as VERA would.
   *
   * @throws IllegalArgumentException if {@code units} has no {@link #keyColumn()}
   */
  public Dataset<Row> veraFindings(Dataset<Row> units) {
    return perRecord(units, true);
  }

  /** Each record checked, as a VERA {@code Eenheid} or a dwelling, in one task per partition. */
  private Dataset<Row> perRecord(Dataset<Row> records, boolean vera) {
    StructType schema = records.schema();
    int keyIndex = schema.fieldIndex(keyColumn);
    CheckSettings sent = settings;
    MapPartitionsFunction<Row, Row> perPartition = rows -> {
      if (vera) {
        VeraRecordChecking checking = new VeraRecordChecking(sent);
        RowJson json = RowJson.vera(schema);
        return new FlatIterator<>(rows, row -> checking.check(row, json, keyIndex));
      }
      return DwellingRows.findings(rows, new RowJson(schema), keyIndex, sent);
    };
    return records.mapPartitions(perPartition, Encoders.row(FindingColumns.SCHEMA));
  }

  /**
   * The findings of the dwelling records of the NDJSON files at {@code paths} (files, directories
   * or globs, as Hadoop takes them), each with its file and line; a bad line's reading problems
   * are its findings, with a null record key. Each file is read whole by one task, in order, as
   * io's {@code NdjsonReader} reads it.
   */
  public Dataset<Row> ndjsonFindings(SparkSession spark, String... paths) {
    return perFile(spark, paths, false);
  }

  /**
   * The findings of the VERA {@code Eenheid} files at {@code paths} (files, directories or globs,
   * as Hadoop takes them), each unit checked as {@link #veraFindings(Dataset)} checks a row, each
   * finding with its file and the line the unit starts on. A file whose name ends in {@code
   * .ndjson} or {@code .jsonl} has a unit a line (as {@code woonzorg vera convert} tells it);
   * any other file is one JSON document, held whole up to the library's document limit (64 MiB):
   * one {@code Eenheid} object, or a bare array of them, the API's list form. Reading problems
   * are at their line and column in the file, their pointers into the unit. What ends the reading
   * of a file — bytes that are not UTF-8, a document over the limit, an array whose text breaks —
   * is a finding without a record key, and the units before it are checked. The record key is
   * the unit's {@code id}. Each file is read by one task.
   */
  public Dataset<Row> veraFileFindings(SparkSession spark, String... paths) {
    return perFile(spark, paths, true);
  }

  /** Each file of {@code paths} read whole by one task, as VERA units or dwelling NDJSON. */
  private Dataset<Row> perFile(SparkSession spark, String[] paths, boolean vera) {
    if (paths.length == 0) {
      throw new IllegalArgumentException("no path to read");
    }
    CheckSettings sent = settings;
    JavaRDD<Row> rows = JavaSparkContext.fromSparkContext(spark.sparkContext())
        .binaryFiles(String.join(",", paths))
        .flatMap(file -> vera ? VeraFiles.findings(file._2().open(), file._1(), sent)
            : NdjsonLines.dwellings(file._2().open(), file._1(), sent));
    return spark.createDataFrame(rows, FindingColumns.SCHEMA);
  }

  /** Builds a {@link RecordCheck}; not thread-safe. */
  public static final class Builder {
    private Profile profile = Profile.VASTGESTELD;
    private Locale locale = Locale.forLanguageTag("nl");
    private final List<String> disabled = new ArrayList<>();
    private final Map<String, String> severities = new LinkedHashMap<>();
    private String keyColumn = "id";

    private Builder() {}

    /** The profile the validator applies; {@link Profile#VASTGESTELD} unless set. */
    public Builder profile(Profile profile) {
      this.profile = Objects.requireNonNull(profile, "profile");
      return this;
    }

    /** The language of the findings' texts; Dutch unless set ({@code en} for English). */
    public Builder locale(Locale locale) {
      this.locale = Objects.requireNonNull(locale, "locale");
      return this;
    }

    /** Switches rules off, as {@link WoonzorgValidator.Builder#disable(String...)}. */
    public Builder disable(String... ruleIds) {
      for (String ruleId : ruleIds) {
        disabled.add(Objects.requireNonNull(ruleId, "ruleId"));
      }
      return this;
    }

    /** Reports {@code ruleId} with {@code severity}, as {@link WoonzorgValidator.Builder}. */
    public Builder severity(String ruleId, Severity severity) {
      severities.put(Objects.requireNonNull(ruleId, "ruleId"),
          Objects.requireNonNull(severity, "severity").getCode());
      return this;
    }

    /** The column that keys each record's findings; {@code id} unless set. */
    public Builder keyColumn(String keyColumn) {
      this.keyColumn = Objects.requireNonNull(keyColumn, "keyColumn");
      return this;
    }

    /**
     * The check. Its validator is built here once, so that a bad setting fails now, on the
     * driver, not later in a task.
     *
     * @throws IllegalArgumentException if a rule id or setting is one the validator refuses
     */
    public RecordCheck build() {
      CheckSettings settings = new CheckSettings(profile.name(), locale.toLanguageTag(), disabled,
          severities);
      settings.validator();
      return new RecordCheck(settings, keyColumn);
    }
  }
}
