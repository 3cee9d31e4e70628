package nl.woonzorg.model.area;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The bundled CBS list of Dutch municipalities (<i>gemeenten</i>): the 342 gemeenten of
 * <b>1 January 2024</b>, each with its CBS gemeentecode and COROP region, and checks on how CBS
 * district and neighbourhood codes nest in them.
 *
 * <p>The list reflects the municipal mergers (<i>herindelingen</i>) up to and including 1 January
 * 2023 (e.g. Voorne aan Zee, {@code GM1992}, is present; Brielle, Hellevoetsluis, Westvoorne and
 * Weesp are not). No merger took effect on 1 January 2024, so the 342 gemeenten of 2023 and 2024
 * are the same. The list is loaded from the class path on first use, once, and shared; lookups are
 * constant-time. Source: CBS (CC BY 4.0), via the woonstadrotterdam/woningwaardering repository
 * (MIT); see the {@code README.md} next to the resource.
 *
 * <p>Thread-safe.
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public final class Municipalities {

  static final String RESOURCE = "gemeenten_342_gm_corop.csv";
  private static final String HEADER = "gemeentecode_cbs,gemeentenaam,corop_code,corop_naam";
  private static final int REFERENCE_YEAR = 2024;

  private Municipalities() {}

  /** Initialised on first use; the JVM's class initialisation makes that lazy, once and safe. */
  private static final class Holder {
    static final Index INDEX = Index.of(load());
  }

  private record Index(List<Municipality> all, Map<String, Municipality> byCode) {
    static Index of(List<Municipality> all) {
      Map<String, Municipality> byCode = new HashMap<>();
      for (Municipality municipality : all) {
        if (byCode.putIfAbsent(municipality.getCode(), municipality) != null) {
          throw new IllegalStateException(
              RESOURCE + " lists " + municipality.getCode() + " more than once");
        }
      }
      return new Index(List.copyOf(all), Map.copyOf(byCode));
    }
  }

  /**
   * The year on whose 1 January the bundled list is valid: {@code 2024}. A code that is not in the
   * list may be of a gemeente that was merged away earlier or founded later.
   */
  public static int referenceYear() {
    return REFERENCE_YEAR;
  }

  /** All 342 gemeenten, ordered by code; an immutable list. */
  public static List<Municipality> all() {
    return Holder.INDEX.all();
  }

  /** Returns the gemeente with CBS gemeentecode {@code code}, e.g. {@code "GM0363"}, or empty. */
  public static Optional<Municipality> find(String code) {
    Objects.requireNonNull(code, "code");
    return Optional.ofNullable(Holder.INDEX.byCode().get(code));
  }

  /**
   * Returns the gemeente with CBS gemeentecode {@code code}.
   *
   * @throws IllegalArgumentException if the list holds no such gemeente; the message names the code
   *     and the reference date of the list
   */
  public static Municipality get(String code) {
    return find(code)
        .orElseThrow(() -> new IllegalArgumentException("unknown CBS gemeentecode '" + code
            + "': not one of the 342 gemeenten of 1 January " + REFERENCE_YEAR));
  }

  /** Whether {@code code} is the CBS gemeentecode of one of the listed gemeenten. */
  public static boolean isKnown(String code) {
    Objects.requireNonNull(code, "code");
    return Holder.INDEX.byCode().containsKey(code);
  }

  /**
   * Whether CBS wijkcode {@code districtCode} ({@code WKggggnn}) is a code of a district of the
   * gemeente with CBS gemeentecode {@code municipalityCode} ({@code GMgggg}): CBS puts the
   * gemeente's four digits first. {@code false} if either code is malformed. Whether the wijk
   * exists is not checked: CBS publishes wijken separately, every year.
   */
  public static boolean isDistrictOf(String districtCode, String municipalityCode) {
    Objects.requireNonNull(districtCode, "districtCode");
    Objects.requireNonNull(municipalityCode, "municipalityCode");
    return AreaType.WIJK.hasCodeFormat(districtCode)
        && AreaType.GEMEENTE.hasCodeFormat(municipalityCode)
        && districtCode.regionMatches(2, municipalityCode, 2, 4);
  }

  /**
   * Whether CBS buurtcode {@code neighbourhoodCode} ({@code BUggggnnbb}) is a code of a
   * neighbourhood of the district with CBS wijkcode {@code districtCode} ({@code WKggggnn}): CBS
   * puts the wijk's six digits first. {@code false} if either code is malformed. Whether the buurt
   * exists is not checked.
   */
  public static boolean isNeighbourhoodOf(String neighbourhoodCode, String districtCode) {
    Objects.requireNonNull(neighbourhoodCode, "neighbourhoodCode");
    Objects.requireNonNull(districtCode, "districtCode");
    return AreaType.BUURT.hasCodeFormat(neighbourhoodCode)
        && AreaType.WIJK.hasCodeFormat(districtCode)
        && neighbourhoodCode.regionMatches(2, districtCode, 2, 6);
  }

  private static List<Municipality> load() {
    return BundledCsv.load(RESOURCE, HEADER, 4, Municipalities::row);
  }

  /**
   * Parses the CSV: a header line, then {@code code,name,corop code,corop name} per line; a field
   * may be quoted (names such as "Nuenen, Gerwen en Nederwetten" hold a comma).
   *
   * @throws IllegalStateException naming the line if the header or a line is malformed
   */
  static List<Municipality> parse(BufferedReader reader) throws IOException {
    return BundledCsv.parse(reader, RESOURCE, HEADER, 4, Municipalities::row);
  }

  private static Municipality row(List<String> fields) {
    return Municipality.of(fields.get(0), fields.get(1), fields.get(2), fields.get(3));
  }
}
