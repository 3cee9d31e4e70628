package nl.woonzorg.analysis.region;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import nl.woonzorg.model.area.AreaType;
import nl.woonzorg.model.area.Municipalities;
import nl.woonzorg.model.area.Municipality;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The area hierarchy (<i>gebiedsindeling</i>) of the Netherlands by CBS code: <i>buurt</i>
 * ({@code BUnnnnnnnn}) → <i>wijk</i> ({@code WKnnnnnn}) → <i>gemeente</i> ({@code GMnnnn}) →
 * <i>COROP-gebied</i> ({@code CRnn}) → <i>provincie</i> ({@code PVnn}) → <i>Nederland</i>
 * ({@code NL00}), the levels at which CBS publishes figures and along which they add up.
 *
 * <p>A buurt's and a wijk's parents come from the codes themselves, as CBS builds them: a wijk is
 * the first six digits of its buurten's codes, a gemeente the first four. CBS renumbers wijken and
 * buurten every year and publishes them with its figures, so the hierarchy does not list them: a
 * well-formed wijk or buurt code is known when its gemeente is. A gemeente's COROP region and a
 * COROP region's province come from lists, and only codes on those lists are known.
 *
 * <p>{@link #netherlands()} is the bundled hierarchy: the model's 342 gemeenten of 1 January 2024
 * ({@link Municipalities}) and the 40 COROP regions in the 12 provinces (Bron: CBS; see the {@code
 * README.md} next to {@code corop_provincie.csv}). {@link #builder()} makes another, e.g. of an
 * earlier year's gemeenten.
 *
 * <p>Levels are {@link AreaType}s: {@link AreaType#BUURT}, {@link AreaType#WIJK}, {@link
 * AreaType#GEMEENTE}, {@link AreaType#REGIO} for a COROP region, {@link AreaType#PROVINCIE} and
 * {@link AreaType#LAND}. Immutable and thread-safe; lookups are constant-time.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class AreaHierarchy {

  /** The CBS code of the Netherlands as a whole, as KWB tables write it: {@code "NL00"}. */
  public static final String NETHERLANDS = "NL00";

  static final String RESOURCE = "corop_provincie.csv";
  private static final String HEADER = "corop_code,corop_naam,provinciecode,provincienaam";
  private static final String CODE_FORMATS = "NL00, PVnn, CRnn, GMnnnn, WKnnnnnn or BUnnnnnnnn";

  private final SortedMap<String, Municipality> municipalities;
  private final SortedMap<String, Corop> corops;
  private final SortedMap<String, String> provinces;
  private final String scope;

  private record Corop(String name, String provinceCode) {}

  private AreaHierarchy(Builder builder) {
    municipalities = Collections.unmodifiableSortedMap(new TreeMap<>(builder.municipalities));
    corops = Collections.unmodifiableSortedMap(new TreeMap<>(builder.corops));
    provinces = Collections.unmodifiableSortedMap(new TreeMap<>(builder.provinces));
    scope = builder.scope != null ? builder.scope
        : "the " + municipalities.size() + " gemeenten of this hierarchy";
  }

  /** Initialised on first use; the JVM's class initialisation makes that lazy, once and safe. */
  private static final class Bundled {
    static final AreaHierarchy NETHERLANDS = load();
  }

  /**
   * The bundled hierarchy: the 342 gemeenten of 1 January 2024, their 40 COROP regions and 12
   * provinces; loaded on first use and shared.
   */
  public static AreaHierarchy netherlands() {
    return Bundled.NETHERLANDS;
  }

  /** Returns a new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The level of the area with CBS code {@code code}, e.g. {@link AreaType#WIJK} for {@code
   * "WK036300"}.
   *
   * @throws UnknownAreaException if the code is malformed or not in this hierarchy
   */
  public AreaType level(String code) {
    Objects.requireNonNull(code, "code");
    if (code.equals(NETHERLANDS)) {
      return AreaType.LAND;
    }
    if (AreaType.PROVINCIE.hasCodeFormat(code)) {
      return known(provinces.containsKey(code), code, AreaType.PROVINCIE, "province");
    }
    if (isCoropCode(code)) {
      return known(corops.containsKey(code), code, AreaType.REGIO, "COROP region");
    }
    if (AreaType.GEMEENTE.hasCodeFormat(code)) {
      return known(municipalities.containsKey(code), code, AreaType.GEMEENTE, "gemeente");
    }
    for (AreaType type : List.of(AreaType.WIJK, AreaType.BUURT)) {
      if (type.hasCodeFormat(code)) {
        String municipality = "GM" + code.substring(2, 6);
        if (!municipalities.containsKey(municipality)) {
          throw new UnknownAreaException(code, "unknown area code '" + code + "': its gemeente "
              + municipality + " is not one of " + scope);
        }
        return type;
      }
    }
    throw new UnknownAreaException(code,
        "'" + code + "' is not a CBS area code: expected " + CODE_FORMATS);
  }

  private AreaType known(boolean known, String code, AreaType level, String what) {
    if (!known) {
      throw new UnknownAreaException(code, "unknown area code '" + code + "': no " + what
          + " of " + scope + " has it");
    }
    return level;
  }

  /** Whether {@code code} is a code of this hierarchy, i.e. {@link #level(String)} accepts it. */
  public boolean isKnown(String code) {
    try {
      level(code);
      return true;
    } catch (UnknownAreaException e) {
      return false;
    }
  }

  /**
   * The code of the area {@code code} lies directly in, e.g. {@code "WK036300"} for buurt {@code
   * "BU03630001"}; empty for {@link #NETHERLANDS}.
   *
   * @throws UnknownAreaException if the code is malformed or not in this hierarchy
   */
  public Optional<String> parent(String code) {
    switch (level(code)) {
      case BUURT:
        return Optional.of("WK" + code.substring(2, 8));
      case WIJK:
        return Optional.of("GM" + code.substring(2, 6));
      case GEMEENTE:
        return Optional.of(municipalities.get(code).getCoropCode());
      case REGIO:
        return Optional.of(corops.get(code).provinceCode());
      case PROVINCIE:
        return Optional.of(NETHERLANDS);
      default:
        return Optional.empty();
    }
  }

  /**
   * The codes of every area {@code code} lies in, nearest first and {@link #NETHERLANDS} last, e.g.
   * {@code [WK036300, GM0363, CR23, PV27, NL00]} for {@code BU03630001}; an immutable list, empty
   * for {@link #NETHERLANDS}.
   *
   * @throws UnknownAreaException if the code is malformed or not in this hierarchy
   */
  public List<String> ancestors(String code) {
    List<String> ancestors = new ArrayList<>();
    for (Optional<String> up = parent(code); up.isPresent(); up = parent(up.get())) {
      ancestors.add(up.get());
    }
    return List.copyOf(ancestors);
  }

  /**
   * The code of the area at {@code level} that {@code code} lies in or is, e.g. {@code "GM0363"} at
   * {@link AreaType#GEMEENTE} for {@code "WK036300"}; empty if {@code level} is below the area's
   * own or not a level of this hierarchy.
   *
   * @throws UnknownAreaException if the code is malformed or not in this hierarchy
   */
  public Optional<String> at(AreaType level, String code) {
    Objects.requireNonNull(level, "level");
    if (level(code) == level) {
      return Optional.of(code);
    }
    return ancestors(code).stream().filter(ancestor -> level(ancestor) == level).findFirst();
  }

  /**
   * Whether the area {@code code} lies in the area {@code ancestor}, or is it.
   *
   * @throws UnknownAreaException if either code is malformed or not in this hierarchy
   */
  public boolean isWithin(String code, String ancestor) {
    level(ancestor);
    return code.equals(ancestor) || ancestors(code).contains(ancestor);
  }

  /**
   * The name of the gemeente, COROP region or province with code {@code code}, or {@code
   * "Nederland"}; empty for a wijk or buurt, whose names CBS publishes with its figures.
   *
   * @throws UnknownAreaException if the code is malformed or not in this hierarchy
   */
  public Optional<String> name(String code) {
    switch (level(code)) {
      case GEMEENTE:
        return Optional.of(municipalities.get(code).getName());
      case REGIO:
        return Optional.of(corops.get(code).name());
      case PROVINCIE:
        return Optional.of(provinces.get(code));
      case LAND:
        return Optional.of("Nederland");
      default:
        return Optional.empty();
    }
  }

  /** The codes of the gemeenten, in code order; an immutable set. */
  public SortedSet<String> municipalities() {
    return Collections.unmodifiableSortedSet(new TreeSet<>(municipalities.keySet()));
  }

  /** The codes of the COROP regions, in code order; an immutable set. */
  public SortedSet<String> corops() {
    return Collections.unmodifiableSortedSet(new TreeSet<>(corops.keySet()));
  }

  /** The codes of the provinces, in code order; an immutable set. */
  public SortedSet<String> provinces() {
    return Collections.unmodifiableSortedSet(new TreeSet<>(provinces.keySet()));
  }

  /** How many gemeenten, COROP regions and provinces; for debugging, the form may change. */
  @Override
  public String toString() {
    return "AreaHierarchy of " + municipalities.size() + " gemeenten, " + corops.size()
        + " COROP regions and " + provinces.size() + " provinces";
  }

  static boolean isCoropCode(String code) {
    return code.length() == 4 && code.startsWith("CR")
        && isDigit(code.charAt(2)) && isDigit(code.charAt(3));
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static AreaHierarchy load() {
    Builder builder = builder().scope("the " + Municipalities.all().size() + " gemeenten of"
        + " 1 January " + Municipalities.referenceYear());
    InputStream in = AreaHierarchy.class.getResourceAsStream(RESOURCE);
    if (in == null) {
      throw new IllegalStateException("resource " + RESOURCE + " is missing from the class path");
    }
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String header = reader.readLine();
      if (!HEADER.equals(header)) {
        throw new IllegalStateException(
            RESOURCE + " line 1: expected header '" + HEADER + "', found '" + header + "'");
      }
      int lineNumber = 1;
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        lineNumber++;
        // No field of this file holds a comma (its README says so), so no quoting to undo.
        String[] fields = line.split(",", -1);
        if (fields.length != 4) {
          throw new IllegalStateException(RESOURCE + " line " + lineNumber
              + ": expected 4 fields, found " + fields.length + ": " + line);
        }
        builder.province(fields[2], fields[3]).corop(fields[0], fields[1], fields[2]);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
    Municipalities.all().forEach(builder::municipality);
    return builder.build();
  }

  /**
   * Builds an {@link AreaHierarchy} from its provinces, COROP regions and gemeenten, in any order;
   * not thread-safe.
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
  public static final class Builder {

    private final Map<String, Municipality> municipalities = new TreeMap<>();
    private final Map<String, Corop> corops = new TreeMap<>();
    private final Map<String, String> provinces = new TreeMap<>();
    private @Nullable String scope;

    private Builder() {}

    /**
     * Adds the province with CBS code {@code code} ({@code PVnn}) and name {@code name}; adding
     * the same province again with the same name changes nothing.
     *
     * @throws IllegalArgumentException if the code is malformed or already has another name
     */
    public Builder province(String code, String name) {
      if (!AreaType.PROVINCIE.hasCodeFormat(code)) {
        throw new IllegalArgumentException(
            "a CBS provinciecode is of the form PVnn, not '" + code + "'");
      }
      putOnce(provinces, code, Objects.requireNonNull(name, "name"), "province");
      return this;
    }

    /**
     * Adds the COROP region with CBS code {@code code} ({@code CRnn}) and name {@code name}, lying
     * in the province {@code provinceCode}.
     *
     * @throws IllegalArgumentException if the code is malformed or already added otherwise
     */
    public Builder corop(String code, String name, String provinceCode) {
      if (!isCoropCode(code)) {
        throw new IllegalArgumentException(
            "a CBS COROP code is of the form CRnn, not '" + code + "'");
      }
      putOnce(corops, code, new Corop(Objects.requireNonNull(name, "name"),
          Objects.requireNonNull(provinceCode, "provinceCode")), "COROP region");
      return this;
    }

    /**
     * Adds {@code municipality}, which names its COROP region.
     *
     * @throws IllegalArgumentException if its code was already added with other attributes
     */
    public Builder municipality(Municipality municipality) {
      putOnce(municipalities, municipality.getCode(), municipality, "gemeente");
      return this;
    }

    /**
     * What the gemeenten are, for messages about unknown codes, e.g. {@code "the 342 gemeenten
     * of 1 January 2024"}; by default their number.
     */
    public Builder scope(String scope) {
      this.scope = Objects.requireNonNull(scope, "scope");
      return this;
    }

    private static <V> void putOnce(Map<String, V> map, String code, V value, String what) {
      V earlier = map.putIfAbsent(code, value);
      if (earlier != null && !earlier.equals(value)) {
        throw new IllegalArgumentException(what + " " + code + " was added twice, as " + earlier
            + " and as " + value);
      }
    }

    /**
     * Returns the hierarchy.
     *
     * @throws IllegalStateException if a gemeente's COROP region or a COROP region's province was
     *     not added, or a gemeente names its COROP region otherwise than the region itself
     */
    public AreaHierarchy build() {
      corops.forEach((code, corop) -> {
        if (!provinces.containsKey(corop.provinceCode())) {
          throw new IllegalStateException("COROP region " + code + " lies in province "
              + corop.provinceCode() + ", which was not added");
        }
      });
      municipalities.values().forEach(municipality -> {
        Corop corop = corops.get(municipality.getCoropCode());
        if (corop == null) {
          throw new IllegalStateException("gemeente " + municipality.getCode() + " lies in COROP"
              + " region " + municipality.getCoropCode() + ", which was not added");
        }
        if (!corop.name().equals(municipality.getCoropName())) {
          throw new IllegalStateException("gemeente " + municipality.getCode() + " calls COROP"
              + " region " + municipality.getCoropCode() + " '" + municipality.getCoropName()
              + "', the region itself '" + corop.name() + "'");
        }
      });
      return new AreaHierarchy(this);
    }
  }
}
