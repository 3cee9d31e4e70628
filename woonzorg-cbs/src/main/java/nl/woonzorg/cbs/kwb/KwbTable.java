package nl.woonzorg.cbs.kwb;

import java.time.LocalDate;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import nl.woonzorg.analysis.population.PopulationMeasure;
import nl.woonzorg.analysis.population.PopulationSource;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A KWB table as the caller identifies it (<i>tabel</i>): its CBS id, the year it describes,
 * and, when known, its column keys and measure codes. KWB is one table per year — 2024 is {@code
 * 85984NED}, 2025 {@code 86165NED} — and public scripts have mislabelled the year of an id, so both
 * are given here and neither is inferred from the other or from the data.
 *
 * <p>The column keys of the OData v3 and CSV forms carry a suffix that changes between years
 * ({@code HuishoudensTotaal_28} in 2022, {@code HuishoudensTotaal_29} in 2023–25); the reader
 * matches columns on the key without it. Given the table's {@code DataProperties} keys ({@link
 * Builder#addDataPropertyKeys(String...)}), it also checks that each column it reads has exactly a
 * key of this table, and so catches a file of another year. The v4 form names its measures by
 * codes that stay the same across years; {@link #measureCodes()} says which code is which measure.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class KwbTable {

  private static final Pattern TABLE_ID = Pattern.compile("\\d{5}[A-Z]{3}");

  /**
   * The v4 measure identifiers of the KWB measures, as the {@code MeasureCodes} of the 2025 table
   * (86165NED) list them according to a public crosswalk to CBS's column names; not checked
   * against a CBS file offline, hence overridable per measure.
   */
  private static final Map<String, PopulationMeasure> MEASURE_CODES = Map.of(
      "T001036", PopulationMeasure.INWONERS,
      "10680", PopulationMeasure.LEEFTIJD_0_TOT_15,
      "53050", PopulationMeasure.LEEFTIJD_15_TOT_25,
      "53310", PopulationMeasure.LEEFTIJD_25_TOT_45,
      "53715", PopulationMeasure.LEEFTIJD_45_TOT_65,
      "80200", PopulationMeasure.LEEFTIJD_65_PLUS,
      "1050010_2", PopulationMeasure.HUISHOUDENS,
      "1050015", PopulationMeasure.EENPERSOONSHUISHOUDENS);

  private final String tableId;
  private final int referenceYear;
  private final Set<String> dataPropertyKeys;
  private final Map<String, PopulationMeasure> measureCodes;

  private KwbTable(Builder builder) {
    tableId = builder.tableId;
    referenceYear = builder.referenceYear;
    dataPropertyKeys = Collections.unmodifiableSet(new TreeSet<>(builder.dataPropertyKeys));
    measureCodes = Collections.unmodifiableMap(new TreeMap<>(builder.measureCodes));
  }

  /**
   * The KWB table {@code tableId} of {@code referenceYear}, e.g. {@code of("85984NED", 2024)},
   * without its column keys and with the default measure codes.
   *
   * @throws IllegalArgumentException if the id is not five digits and three capitals, or the year
   *     is not between 1900 and 2999
   */
  public static KwbTable of(String tableId, int referenceYear) {
    return builder(tableId, referenceYear).build();
  }

  /**
   * Returns a new builder of the table {@code tableId} of {@code referenceYear}.
   *
   * @throws IllegalArgumentException if the id is not five digits and three capitals, or the year
   *     is not between 1900 and 2999
   */
  public static Builder builder(String tableId, int referenceYear) {
    return new Builder(tableId, referenceYear);
  }

  /** The CBS table id, e.g. {@code "85984NED"}. */
  public String tableId() {
    return tableId;
  }

  /** The year the table describes; its population figures are of 1 January of it. */
  public int referenceYear() {
    return referenceYear;
  }

  /**
   * The keys of the table's {@code DataProperties}, e.g. {@code AantalInwoners_5}; empty if not
   * given, and then a column is matched on its key without the suffix alone. An immutable set.
   */
  public Set<String> dataPropertyKeys() {
    return dataPropertyKeys;
  }

  /**
   * The key this table's {@code DataProperties} give the column {@code base}, e.g. {@code
   * "HuishoudensTotaal_29"} for {@code "HuishoudensTotaal"}; empty if the keys were not given or
   * none has that base.
   */
  public Optional<String> dataPropertyKey(String base) {
    return dataPropertyKeys.stream().filter(key -> baseOf(key).equals(base)).findFirst();
  }

  /** The v4 measure code of each measure read, e.g. {@code "T001036"}; an immutable map. */
  public Map<String, PopulationMeasure> measureCodes() {
    return measureCodes;
  }

  /** The source every figure read from this table carries: CBS, the id, 1 January of the year. */
  public PopulationSource source() {
    return PopulationSource.cbs(tableId, LocalDate.of(referenceYear, 1, 1));
  }

  /**
   * The key {@code key} without its yearly suffix, e.g. {@code "AantalInwoners"} for {@code
   * "AantalInwoners_5"}; the key itself if it has none.
   */
  public static String baseOf(String key) {
    int underscore = key.lastIndexOf('_');
    if (underscore <= 0 || underscore == key.length() - 1) {
      return key;
    }
    for (int i = underscore + 1; i < key.length(); i++) {
      if (key.charAt(i) < '0' || key.charAt(i) > '9') {
        return key;
      }
    }
    return key.substring(0, underscore);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof KwbTable && ((KwbTable) other).tableId.equals(tableId)
        && ((KwbTable) other).referenceYear == referenceYear
        && ((KwbTable) other).dataPropertyKeys.equals(dataPropertyKeys)
        && ((KwbTable) other).measureCodes.equals(measureCodes);
  }

  @Override
  public int hashCode() {
    return Objects.hash(tableId, referenceYear, dataPropertyKeys, measureCodes);
  }

  /** The id and year, e.g. {@code "85984NED (2024)"}. */
  @Override
  public String toString() {
    return tableId + " (" + referenceYear + ")";
  }

  /** Builds a {@link KwbTable}; not thread-safe. */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
  public static final class Builder {

    private final String tableId;
    private final int referenceYear;
    private final Set<String> dataPropertyKeys = new TreeSet<>();
    private final Map<String, PopulationMeasure> measureCodes = new TreeMap<>(MEASURE_CODES);

    private Builder(String tableId, int referenceYear) {
      if (!TABLE_ID.matcher(Objects.requireNonNull(tableId, "tableId")).matches()) {
        throw new IllegalArgumentException(
            "a CBS table id is five digits and three capitals, e.g. 85984NED, not '" + tableId
                + "'");
      }
      if (referenceYear < 1900 || referenceYear > 2999) {
        throw new IllegalArgumentException("a KWB table's year is between 1900 and 2999, not "
            + referenceYear);
      }
      this.tableId = tableId;
      this.referenceYear = referenceYear;
    }

    /** Adds keys of the table's {@code DataProperties}, e.g. {@code "AantalInwoners_5"}. */
    public Builder addDataPropertyKeys(String... keys) {
      for (String key : keys) {
        dataPropertyKeys.add(Objects.requireNonNull(key, "key"));
      }
      return this;
    }

    /**
     * Reads the v4 measure {@code code} as {@code measure}, replacing the default code of that
     * measure.
     */
    public Builder measureCode(String code, PopulationMeasure measure) {
      Objects.requireNonNull(code, "code");
      Objects.requireNonNull(measure, "measure");
      measureCodes.values().removeIf(measure::equals);
      measureCodes.put(code, measure);
      return this;
    }

    /** Returns the table. */
    public KwbTable build() {
      return new KwbTable(this);
    }
  }
}
