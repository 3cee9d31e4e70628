package nl.woonzorg.spark.codelist;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.woonzorg.vera.check.VeraChecker;
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
 * one row per list and code with its validity windows and parents. Read from the {@code
 * woonzorg-vera} jar on the class path, where Spark runs, once per JVM. Immutable and thread-safe.
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

  private static final String DIRECTORY = "nl/woonzorg/vera/check/";
  private static final String RELEASE = "Referentiedata_v4.3.260403-eenheid.csv";
  private static final Pattern DATE = Pattern.compile("(\\d{1,2})-(\\d{1,2})-(\\d{4})");

  private static final VeraReferenceData BUNDLED = new VeraReferenceData();

  private final Map<String, String> eenheid = new LinkedHashMap<>();
  private final Map<String, Map<String, List<Row>>> rows = new LinkedHashMap<>();

  private VeraReferenceData() {
    for (String[] fields : lines("attribute-code-lists.csv", 3)) {
      if (fields[0].equals("Eenheid")) {
        eenheid.put(fields[1], fields[2]);
      }
    }
    for (String[] fields : lines(RELEASE, 8)) {
      String parent = fields[6].isEmpty() ? null : fields[6].substring(fields[6].indexOf('.') + 1);
      rows.computeIfAbsent(fields[0], list -> new LinkedHashMap<>())
          .computeIfAbsent(fields[1], code -> new ArrayList<>())
          .add(RowFactory.create(date(fields[4]), date(fields[5]), parent));
    }
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
    return java.util.Collections.unmodifiableMap(eenheid);
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

  /**
   * The text of {@code ruleId}'s {@code part} (message, expected) in {@code locale}'s language
   * (English for {@code en}, Dutch otherwise), as the VERA check words it: a {@code MessageFormat}
   * template.
   */
  static String template(String ruleId, String part, java.util.Locale locale) {
    String name = "en".equals(locale.getLanguage()) ? "Messages_en.properties"
        : "Messages.properties";
    Properties texts = new Properties();
    try (InputStream in = open(name)) {
      texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String template = texts.getProperty(ruleId + "." + part);
    if (template == null) {
      throw new IllegalStateException(name + " has no " + ruleId + "." + part);
    }
    return template;
  }

  private static @Nullable Date date(String field) {
    if (field.isEmpty()) {
      return null;
    }
    Matcher date = DATE.matcher(field);
    if (!date.matches()) {
      throw new IllegalStateException(RELEASE + ": '" + field + "' is not a d-m-yyyy date");
    }
    return Date.valueOf(LocalDate.of(Integer.parseInt(date.group(3)),
        Integer.parseInt(date.group(2)), Integer.parseInt(date.group(1))));
  }

  private static InputStream open(String name) {
    InputStream in = VeraChecker.class.getClassLoader().getResourceAsStream(DIRECTORY + name);
    if (in == null) {
      throw new IllegalStateException(DIRECTORY + name + " is not on the class path: it comes"
          + " with woonzorg-vera");
    }
    return in;
  }

  private static List<String[]> lines(String name, int columns) {
    try (InputStream in = open(name)) {
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      List<String[]> lines = new ArrayList<>();
      reader.readLine();
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String[] fields = line.split(";", -1);
        if (fields.length != columns) {
          throw new IllegalStateException(name + ": expected " + columns + " fields: " + line);
        }
        lines.add(fields);
      }
      return lines;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
