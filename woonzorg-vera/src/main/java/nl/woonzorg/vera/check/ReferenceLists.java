package nl.woonzorg.vera.check;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The bundled reference data of the check profile (<i>referentiedata</i>): the spec's attribute →
 * code-list cross-reference for the entities of VERA {@code Vastgoed}, which entity each nested
 * object of an {@code Eenheid} is (from {@code Vastgoed.yaml}), and the rows of the bound lists
 * from the VERA Referentiedata release (see {@code PROVENANCE.md} next to the files). Read once,
 * on first use; immutable and thread-safe.
 *
 * <p>Public so that other engines judge codes by the very rows {@link VeraChecker} does (the Spark
 * module joins against them); the files themselves are this module's business.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class ReferenceLists {

  static final String RELEASE_FILE = "Referentiedata_v4.3.260403-vastgoed.csv";
  static final String CROSS_REFERENCE_FILE = "attribute-code-lists.csv";
  static final String NESTING_FILE = "entity-nesting.csv";

  private static final Pattern DATE = Pattern.compile("(\\d{1,2})-(\\d{1,2})-(\\d{4}|\\d{2})");
  /**
   * One row of the release (COLLECTIEFOBJECTSOORT {@code WOO}, Begindatum {@code 22-11-24}) has
   * a two-digit year; the lists began in 2022, and its siblings added that day say {@code
   * 22-11-2024}, so a two-digit year is of this century.
   */
  private static final int CENTURY = 2000;
  private static final ReferenceLists BUNDLED = new ReferenceLists();

  /** Per entity, per attribute, the list; in the cross-reference's order. */
  private final Map<String, Map<String, String>> bindings = new LinkedHashMap<>();
  /** Per entity, per attribute, the entity of the nested object (or each array element). */
  private final Map<String, Map<String, String>> nesting = new LinkedHashMap<>();
  /** Per list, per code, its rows (a code may occur twice, with different validity). */
  private final Map<String, Map<String, List<CodeRow>>> rows = new LinkedHashMap<>();

  private ReferenceLists() {
    for (String[] fields : lines(CROSS_REFERENCE_FILE, 3)) {
      bindings.computeIfAbsent(fields[0], entity -> new LinkedHashMap<>())
          .put(fields[1], fields[2]);
    }
    for (String[] fields : lines(NESTING_FILE, 3)) {
      nesting.computeIfAbsent(fields[0], entity -> new LinkedHashMap<>())
          .put(fields[1], fields[2]);
    }
    for (String[] fields : lines(RELEASE_FILE, 8)) {
      CodeRow row = new CodeRow(fields[0], fields[1], date(fields[4]), date(fields[5]),
          fields[6].isEmpty() ? null : fields[6].substring(fields[6].indexOf('.') + 1));
      rows.computeIfAbsent(row.list(), list -> new LinkedHashMap<>())
          .computeIfAbsent(row.code(), code -> new ArrayList<>()).add(row);
    }
  }

  /** The reference data bundled with this module. */
  public static ReferenceLists bundled() {
    return BUNDLED;
  }

  /**
   * The attributes of {@code entity} (e.g. {@code Eenheid}) bound to a code list, with the list,
   * in the cross-reference's order; an unmodifiable map, empty for an unknown entity.
   */
  public Map<String, String> bindings(String entity) {
    return Collections.unmodifiableMap(bindings.getOrDefault(entity, Map.of()));
  }

  /**
   * The attributes of {@code entity} that hold another entity (an object, or an array of them),
   * with that entity's name, e.g. {@code ruimten} → {@code Ruimte} of {@code Eenheid}; an
   * unmodifiable map, empty for an entity that nests none.
   */
  public Map<String, String> nested(String entity) {
    return Collections.unmodifiableMap(nesting.getOrDefault(entity, Map.of()));
  }

  /** Whether the reference data has {@code list} at all. */
  public boolean hasList(String list) {
    return rows.containsKey(list);
  }

  /** The rows of {@code code} in {@code list}; an unmodifiable list, empty if there are none. */
  public List<CodeRow> rows(String list, String code) {
    return Collections.unmodifiableList(
        rows.getOrDefault(list, Map.of()).getOrDefault(code, List.of()));
  }

  /** Every row of the release, in its order; an unmodifiable list. */
  public List<CodeRow> rows() {
    return rows.values().stream().flatMap(codes -> codes.values().stream())
        .flatMap(List::stream).toList();
  }

  /** The codes of {@code list}, in the release's order; empty if there is no such list. */
  Set<String> codes(String list) {
    return rows.getOrDefault(list, Map.of()).keySet();
  }

  /** Every list the cross-reference binds and the reference data lacks. */
  Set<String> unknownLists() {
    return bindings.values().stream().flatMap(byAttribute -> byAttribute.values().stream())
        .filter(list -> !hasList(list)).collect(Collectors.toCollection(TreeSet::new));
  }

  private static @Nullable LocalDate date(String field) {
    if (field.isEmpty()) {
      return null;
    }
    Matcher date = DATE.matcher(field);
    if (!date.matches()) {
      throw new IllegalStateException(RELEASE_FILE + ": '" + field + "' is not a d-m-yyyy (or d-m-yy) date");
    }
    int year = Integer.parseInt(date.group(3));
    return LocalDate.of(date.group(3).length() == 2 ? CENTURY + year : year,
        Integer.parseInt(date.group(2)),
        Integer.parseInt(date.group(1)));
  }

  /** The lines after the header, split on {@code ;}; a line with another count fails. */
  private static List<String[]> lines(String name, int columns) {
    try (InputStream in = ReferenceLists.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException(name + " is missing from woonzorg-vera");
      }
      BufferedReader reader =
          new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
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
