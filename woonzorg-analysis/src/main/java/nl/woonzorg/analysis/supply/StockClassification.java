package nl.woonzorg.analysis.supply;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import nl.woonzorg.model.code.Codes;
import nl.woonzorg.model.dwelling.Dwelling;
import nl.woonzorg.model.dwelling.DwellingType;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A suitability classification (<i>geschiktheidsclassificatie</i>) of the dwelling stock: a table
 * that says which {@link SupplyCategory supply categories} a home counts in, from the VERA labels
 * of its record ({@link DwellingLabel}). A home counts in every category any of its labels maps
 * to, so categories may overlap: a wheelchair-accessible home counts as zero-step too.
 *
 * <p>The classification is data, not code: {@link #defaults()} is the table shipped with this
 * module, {@code classification.csv} next to this class, whose comments give the rationale of each
 * line; {@link #parse(String, Reader)} reads another of the same form, and {@link #toBuilder()}
 * changes one. The form, one entry a line, fields separated by {@code ;}, {@code #} starting a
 * comment line:
 *
 * <pre>
 * categorie;GECLUSTERD;geclusterde woning;clustered home;GECLUSTERDE_WOONVORM
 * woonvorm;GEC;NULTREDEN,GECLUSTERD
 * </pre>
 *
 * <p>declares a category (code, Dutch and English label, and optionally the model's {@link
 * DwellingType}), and maps the VERA code {@code GEC} of a home's {@code woonvorm} to two
 * categories declared before. Labels are {@code woonvorm}, {@code toegankelijkheidslabel},
 * {@code doelgroep} and {@code batscore}.
 *
 * <p>Immutable and thread-safe; classifying a home is a few lookups.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class StockClassification {

  /** At most this many categories: a home's categories are the bits of a {@code long}. */
  public static final int MAX_CATEGORIES = 63;

  private static final String DEFAULT_TABLE = "classification.csv";

  private final List<SupplyCategory> categories;
  /** Per label, per VERA code, the bits of the categories it maps to, by category index. */
  private final Map<DwellingLabel, Map<String, Long>> rules;
  /** The labels that have rules, and per label the bits by the ordinal of its code. */
  private final DwellingLabel[] labels;
  private final long[][] bitsByOrdinal;

  private StockClassification(List<SupplyCategory> categories,
      Map<DwellingLabel, Map<String, Long>> rules) {
    this.categories = List.copyOf(categories);
    Map<DwellingLabel, Map<String, Long>> copy = new EnumMap<>(DwellingLabel.class);
    rules.forEach((label, codes) -> copy.put(label, Map.copyOf(codes)));
    this.rules = Collections.unmodifiableMap(copy);
    // The same rules as arrays: classifying a record is then a few array reads, with nothing
    // made per record, which counts over a national stock of millions.
    this.labels = copy.keySet().toArray(new DwellingLabel[0]);
    this.bitsByOrdinal = new long[labels.length][];
    for (int index = 0; index < labels.length; index++) {
      DwellingLabel label = labels[index];
      long[] bits = new long[label.size()];
      copy.get(label).forEach((code, categoryBits) -> bits[label.ordinal(code)] = categoryBits);
      bitsByOrdinal[index] = bits;
    }
  }

  /** The table shipped with this module; see {@code classification.csv} for its rationale. */
  public static StockClassification defaults() {
    return Defaults.TABLE;
  }

  /** Returns a new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder that starts from this classification, to add categories and mappings. */
  public Builder toBuilder() {
    Builder builder = new Builder();
    categories.forEach(builder::category);
    rules.forEach((label, codes) -> codes.forEach((code, bits) -> builder.map(label, code,
        categoriesOf(bits).stream().map(SupplyCategory::code).toArray(String[]::new))));
    return builder;
  }

  /**
   * Reads a classification table of the form above from {@code text}; {@code name}, e.g. the
   * file's, starts the message of each problem.
   *
   * @throws ClassificationFormatException if a line is not an entry of the form, names an
   *     unknown label, VERA code or category, or declares a category twice
   * @throws UncheckedIOException if reading fails
   */
  public static StockClassification parse(String name, Reader text) {
    Builder builder = new Builder();
    BufferedReader lines = new BufferedReader(text);
    int number = 0;
    try {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        number++;
        if (!line.isBlank() && !line.stripLeading().startsWith("#")) {
          new Entry(name, number, line).addTo(builder);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(name + ": " + e.getMessage(), e);
    }
    return builder.build();
  }

  /** The categories, in the order declared; an immutable list. */
  public List<SupplyCategory> categories() {
    return categories;
  }

  /** The category with code {@code code}; empty if this classification has none. */
  public Optional<SupplyCategory> category(String code) {
    return categories.stream().filter(category -> category.code().equals(code)).findFirst();
  }

  /** The categories {@code dwelling} counts in, in the order declared; an immutable list. */
  public List<SupplyCategory> classify(Dwelling dwelling) {
    return categoriesOf(bits(dwelling));
  }

  /** The categories of {@code dwelling} as bits by category index: the form tallies count in. */
  long bits(Dwelling dwelling) {
    long bits = 0;
    for (int index = 0; index < labels.length; index++) {
      int ordinal = labels[index].ordinal(dwelling);
      if (ordinal >= 0) {
        bits |= bitsByOrdinal[index][ordinal];
      }
    }
    return bits;
  }

  private List<SupplyCategory> categoriesOf(long bits) {
    List<SupplyCategory> of = new ArrayList<>();
    for (int index = 0; index < categories.size(); index++) {
      if ((bits & 1L << index) != 0) {
        of.add(categories.get(index));
      }
    }
    return List.copyOf(of);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof StockClassification
        && ((StockClassification) other).categories.equals(categories)
        && ((StockClassification) other).rules.equals(rules);
  }

  @Override
  public int hashCode() {
    return Objects.hash(categories, rules);
  }

  /** The category codes and the number of mappings, for debugging; the form may change. */
  @Override
  public String toString() {
    return "StockClassification " + categories + " by "
        + rules.values().stream().mapToInt(Map::size).sum() + " mappings";
  }

  /** The default table, read once when first asked for. */
  private static final class Defaults {
    static final StockClassification TABLE = read();

    private static StockClassification read() {
      try (InputStream in = StockClassification.class.getResourceAsStream(DEFAULT_TABLE)) {
        if (in == null) {
          throw new IllegalStateException(DEFAULT_TABLE + " is missing from the jar");
        }
        return parse(DEFAULT_TABLE, new InputStreamReader(in, StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** One line of a table, split into fields that know their column. */
  private static final class Entry {
    private final String name;
    private final int line;
    private final List<String> fields = new ArrayList<>();
    private final List<Integer> columns = new ArrayList<>();

    Entry(String name, int line, String text) {
      this.name = name;
      this.line = line;
      int start = 0;
      for (int end = text.indexOf(';'); ; end = text.indexOf(';', start)) {
        String field = end < 0 ? text.substring(start) : text.substring(start, end);
        fields.add(field.strip());
        columns.add(start + 1 + (field.length() - field.stripLeading().length()));
        if (end < 0) {
          break;
        }
        start = end + 1;
      }
    }

    void addTo(Builder builder) {
      String kind = fields.get(0);
      if ("categorie".equals(kind)) {
        declare(builder);
      } else {
        DwellingLabel label = DwellingLabel.find(kind).orElseThrow(() -> problem(0,
            "unknown entry '" + kind + "': expected categorie, woonvorm, toegankelijkheidslabel,"
                + " doelgroep or batscore"));
        map(builder, label);
      }
    }

    private void declare(Builder builder) {
      width(4, 5);
      DwellingType type = null;
      if (fields.size() == 5 && !fields.get(4).isEmpty()) {
        type = Codes.find(DwellingType.class, fields.get(4)).orElseThrow(() -> problem(4,
            "unknown dwelling type '" + fields.get(4) + "'"));
      }
      try {
        builder.category(SupplyCategory.of(fields.get(1), fields.get(2), fields.get(3), type));
      } catch (IllegalArgumentException e) {
        throw problem(1, e.getMessage());
      }
    }

    private void map(Builder builder, DwellingLabel label) {
      width(3, 3);
      if (!label.hasCode(fields.get(1))) {
        throw problem(1, "'" + fields.get(1) + "' is not a VERA code of " + label.code());
      }
      String[] codes = fields.get(2).split(",", -1);
      for (int index = 0; index < codes.length; index++) {
        codes[index] = codes[index].strip();
        if (builder.index(codes[index]) < 0) {
          throw problem(2, "unknown category '" + codes[index] + "': declare it first with a"
              + " categorie line");
        }
      }
      builder.map(label, fields.get(1), codes);
    }

    private void width(int least, int most) {
      if (fields.size() < least || fields.size() > most) {
        throw problem(0, "expected " + (least == most ? least : least + " or " + most)
            + " fields separated by ';', found " + fields.size());
      }
    }

    private ClassificationFormatException problem(int field, @Nullable String message) {
      return new ClassificationFormatException(name, line, columns.get(field),
          String.valueOf(message));
    }
  }

  /** Builds a {@link StockClassification}; not thread-safe. */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
  public static final class Builder {

    private final Map<String, SupplyCategory> categories = new LinkedHashMap<>();
    private final Map<DwellingLabel, Map<String, Long>> rules = new EnumMap<>(DwellingLabel.class);

    private Builder() {}

    /**
     * Declares {@code category}; returns this builder.
     *
     * @throws IllegalArgumentException if a category of its code is declared already, or there
     *     would be more than {@link #MAX_CATEGORIES}
     */
    public Builder category(SupplyCategory category) {
      if (categories.containsKey(category.code())) {
        throw new IllegalArgumentException("category " + category.code() + " is declared twice");
      }
      if (categories.size() == MAX_CATEGORIES) {
        throw new IllegalArgumentException("at most " + MAX_CATEGORIES + " categories");
      }
      categories.put(category.code(), category);
      return this;
    }

    /**
     * Maps the VERA code {@code veraCode} of {@code label} to the categories {@code
     * categoryCodes}, in addition to any it maps to already; returns this builder.
     *
     * @throws IllegalArgumentException if the code is not in the label's VERA code list or a
     *     category is not declared
     */
    public Builder map(DwellingLabel label, String veraCode, String... categoryCodes) {
      if (!label.hasCode(veraCode)) {
        throw new IllegalArgumentException("'" + veraCode + "' is not a VERA code of "
            + label.code());
      }
      long bits = 0;
      for (String code : categoryCodes) {
        int index = index(code);
        if (index < 0) {
          throw new IllegalArgumentException("unknown category '" + code + "'");
        }
        bits |= 1L << index;
      }
      rules.computeIfAbsent(label, key -> new HashMap<>()).merge(veraCode, bits, (a, b) -> a | b);
      return this;
    }

    private int index(String code) {
      return new ArrayList<>(categories.keySet()).indexOf(code);
    }

    /** Returns the classification of the categories and mappings so far. */
    public StockClassification build() {
      return new StockClassification(new ArrayList<>(categories.values()), rules);
    }
  }
}
