package nl.woonzorg.cbs.kwb;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.woonzorg.analysis.population.AreaPopulation;
import nl.woonzorg.analysis.population.Count;
import nl.woonzorg.analysis.population.PopulationMeasure;
import nl.woonzorg.analysis.region.UnknownAreaException;
import nl.woonzorg.cbs.CbsProblemKind;
import nl.woonzorg.model.area.AreaType;
import org.jspecify.annotations.Nullable;

/**
 * Assembles one area's row from its cells in whatever order a format gives them, checking each:
 * the area code against the hierarchy, the period against the table's year, each count for being
 * a whole number of 0 or more or suppressed. A row with any problem is not returned, so that no
 * figure of a bad row is used. Reusable row after row; not thread-safe.
 */
final class RowAssembler {

  /** The levels KWB publishes: the country, and gemeenten with their wijken and buurten. */
  private static final Set<AreaType> KWB_LEVELS =
      Set.of(AreaType.LAND, AreaType.GEMEENTE, AreaType.WIJK, AreaType.BUURT);
  private static final String EXPECTED_AREA =
      "NL00, or the CBS code of a gemeente of the area hierarchy or of one of its wijken or buurten";
  private static final Pattern PERIOD = Pattern.compile("(\\d{4})(JJ00)?");

  private final ReadContext context;
  private final String expectedCount;
  private @Nullable String code;
  private @Nullable AreaType level;
  private @Nullable String name;
  private final Map<PopulationMeasure, Count> counts = new EnumMap<>(PopulationMeasure.class);
  private final Map<PopulationMeasure, Where> cells = new EnumMap<>(PopulationMeasure.class);
  private boolean bad;

  /**
   * An assembler whose format marks a suppressed figure with {@code suppressedMark}, e.g. {@code
   * "'.'"} or {@code "null"}.
   */
  RowAssembler(ReadContext context, String suppressedMark) {
    this.context = context;
    this.expectedCount = "a whole number of 0 or more, or " + suppressedMark
        + " for a suppressed figure";
  }

  void begin() {
    code = null;
    level = null;
    name = null;
    counts.clear();
    cells.clear();
    bad = false;
  }

  /** Whether a problem was found in this row. */
  boolean isBad() {
    return bad;
  }

  void code(String raw, Where where) {
    // Codes come right-padded with spaces ("GM0518    "); the padding is not part of the code.
    String stripped = raw.strip();
    try {
      AreaType found = context.hierarchy().level(stripped);
      if (!KWB_LEVELS.contains(found)) {
        fail(where, CbsProblemKind.UNKNOWN_AREA, "'" + stripped + "' is a "
            + found.getLabelNl() + ", and a KWB table has rows of NL00, gemeenten, wijken and"
            + " buurten only", EXPECTED_AREA, stripped);
        return;
      }
      code = stripped;
      level = found;
    } catch (UnknownAreaException e) {
      fail(where, CbsProblemKind.UNKNOWN_AREA, e.getMessage(), EXPECTED_AREA, stripped);
    }
  }

  void name(String raw) {
    name = raw.strip();
  }

  void period(String raw, Where where) {
    String stripped = raw.strip();
    int year = context.table().referenceYear();
    Matcher period = PERIOD.matcher(stripped);
    if (!period.matches() || Integer.parseInt(period.group(1)) != year) {
      fail(where, CbsProblemKind.YEAR_MISMATCH, "the period '" + stripped
          + "' is not the year of table " + context.table().tableId(),
          year + " or " + year + "JJ00", stripped);
    }
  }

  /** A count as text: a decimal comma, or a {@code .} for a suppressed figure. */
  void text(PopulationMeasure measure, String key, String raw, Where where) {
    String stripped = raw.strip();
    if (stripped.equals(".")) {
      put(measure, key, Count.suppressed(), where);
      return;
    }
    // A point anywhere else may be a thousands separator or a decimal point: which one cannot be
    // told, so neither is guessed.
    if (stripped.indexOf('.') >= 0) {
      notANumber(key, stripped, where);
      return;
    }
    BigDecimal value;
    try {
      value = new BigDecimal(stripped.replace(',', '.'));
    } catch (NumberFormatException e) {
      notANumber(key, stripped, where);
      return;
    }
    number(measure, key, value, stripped, where);
  }

  /** A count as a number, and its text as written, for a problem. */
  void number(PopulationMeasure measure, String key, BigDecimal value, String written,
      Where where) {
    if (value.signum() < 0) {
      fail(where, CbsProblemKind.NEGATIVE_COUNT, "the count of " + key + " cannot be negative",
          expectedCount, written);
      return;
    }
    long count;
    try {
      count = value.stripTrailingZeros().longValueExact();
    } catch (ArithmeticException e) {
      fail(where, CbsProblemKind.NOT_A_NUMBER, "the count of " + key + " is not a whole number",
          expectedCount, written);
      return;
    }
    put(measure, key, Count.of(count), where);
  }

  void suppressed(PopulationMeasure measure, String key, Where where) {
    put(measure, key, Count.suppressed(), where);
  }

  void notANumber(String key, @Nullable String written, Where where) {
    fail(where, CbsProblemKind.NOT_A_NUMBER, "the count of " + key + " is not a number",
        expectedCount, written);
  }

  private void put(PopulationMeasure measure, String key, Count count, Where where) {
    cells.putIfAbsent(measure, where);
    if (counts.putIfAbsent(measure, count) != null) {
      fail(where, CbsProblemKind.DUPLICATE, "the row already has a count of "
          + measure.getLabelEn() + " when " + key + " gives it again", "one count of "
          + measure.getLabelEn() + " per area", key);
    }
  }

  /**
   * Where each count of the row is: a view, valid until the next row begins, so that a streaming
   * read copies nothing it does not keep.
   */
  Map<PopulationMeasure, Where> cells() {
    return Collections.unmodifiableMap(cells);
  }

  void fail(Where where, CbsProblemKind kind, String message, String expected,
      @Nullable String found) {
    bad = true;
    context.problems().add(where.problem(kind, message, expected, found));
  }

  /**
   * The row; null if a cell of it had a problem or it has no area code, reported at {@code where}.
   */
  @Nullable AreaPopulation end(Where where) {
    if (code == null || level == null) {
      if (!bad) {
        fail(where, CbsProblemKind.SYNTAX, "the row has no area code",
            "a " + Columns.AREA_CODE + " value", null);
      }
      return null;
    }
    if (bad) {
      return null;
    }
    AreaPopulation.Builder row = AreaPopulation.builder(code, level);
    // KWB's Gemeentenaam is the gemeente of every row: the name of a gemeente's own row only.
    if (name != null && (level == AreaType.GEMEENTE || level == AreaType.LAND)) {
      row.name(name);
    }
    counts.forEach(row::count);
    return row.build();
  }
}
