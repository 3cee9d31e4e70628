package nl.woonzorg.spark.codelist;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.woonzorg.vera.check.CodeRow;
import nl.woonzorg.vera.check.ReferenceLists;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The VERA reference data that {@code woonzorg-vera} bundles (<i>referentiedata</i>, see its {@code
 * PROVENANCE.md}), as Spark data: the attribute → code-list cross-reference of {@code Eenheid}, and
 * one row per list and code with its validity windows and parents — the very rows {@link
 * nl.woonzorg.vera.check.VeraChecker} judges by ({@link ReferenceLists}), once per JVM. Immutable
 * and thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class VeraReferenceData {

  /** The list (VERA <i>Soort</i>), e.g. {@code EENHEIDSOORT}. */
  public static final String LIST = "list";
  /** The code. */
  public static final String CODE = "code";
  /**
   * The code's rows in the release's order, each {@code begin} (first valid day, null if open),
   * {@code end} (first day no longer valid, null if live) and {@code parent} (the parent entry's
   * code, null if none).
   */
  public static final String WINDOWS = "windows";

  /** The element of {@link #WINDOWS}. */
  public static final StructType WINDOW = new StructType()
      .add("begin", DataTypes.DateType, true)
      .add("end", DataTypes.DateType, true)
      .add("parent", DataTypes.StringType, true);

  /** The schema of {@link #codes(SparkSession)}. */
  public static final StructType SCHEMA = new StructType()
      .add(LIST, DataTypes.StringType, false)
      .add(CODE, DataTypes.StringType, false)
      .add(WINDOWS, DataTypes.createArrayType(WINDOW, false), false);

  private static final VeraReferenceData BUNDLED = new VeraReferenceData();

  private final ReferenceLists lists = ReferenceLists.bundled();
  private final Map<String, String> eenheid;
  private final Map<String, Map<String, List<Row>>> rows = new LinkedHashMap<>();

  private VeraReferenceData() {
    eenheid = lists.bindings("Eenheid");
    for (CodeRow row : lists.rows()) {
      rows.computeIfAbsent(row.list(), list -> new LinkedHashMap<>())
          .computeIfAbsent(row.code(), code -> new ArrayList<>())
          .add(RowFactory.create(sqlDate(row.begin()), sqlDate(row.end()), row.parentCode()));
    }
  }

  private static @Nullable Date sqlDate(@Nullable LocalDate day) {
    return day == null ? null : Date.valueOf(day);
  }

  /** The bundled release. */
  public static VeraReferenceData bundled() {
    return BUNDLED;
  }

  /**
   * The attributes of {@code Eenheid} bound to a code list, as the spec's cross-reference names
   * them (e.g. {@code soort} → {@code EENHEIDSOORT}), in its order; unmodifiable.
   */
  public Map<String, String> eenheidBindings() {
    return eenheid;
  }

  /**
   * The attributes of {@code entity} (e.g. {@code Ruimte}, {@code Eenheidadres}) bound to a code
   * list, as the spec's cross-reference names them, in its order; unmodifiable, empty for an
   * entity with none.
   */
  public Map<String, String> bindings(String entity) {
    return lists.bindings(entity);
  }

  /**
   * The attributes of {@code entity} that hold another entity, an object or an array of them,
   * with that entity's name (e.g. {@code ruimten} → {@code Ruimte}), as the spec nests them;
   * unmodifiable.
   */
  public Map<String, String> nested(String entity) {
    return lists.nested(entity);
  }

  /** The lists of the release, e.g. {@code EENHEIDSOORT}, in its order; unmodifiable. */
  public Set<String> lists() {
    return Collections.unmodifiableSet(rows.keySet());
  }

  /** Whether the release has {@code list} at all. */
  public boolean hasList(String list) {
    return rows.containsKey(list);
  }

  /** The reference data as a small Dataset of {@link #SCHEMA}, for a broadcast join. */
  public Dataset<Row> codes(SparkSession spark) {
    List<Row> all = new ArrayList<>();
    rows.forEach((list, codes) -> codes.forEach((code, windows) ->
        all.add(RowFactory.create(list, code,
            scala.jdk.javaapi.CollectionConverters.asScala(windows).toSeq()))));
    return spark.createDataFrame(all, SCHEMA);
  }
}
