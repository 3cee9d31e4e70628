package nl.woonzorg.model.dwelling;

import java.util.Optional;
import java.util.function.BiPredicate;
import nl.woonzorg.model.area.AreaType;
import nl.woonzorg.model.area.Municipalities;

/**
 * The CBS area codes a stock record carries — a {@link Dwelling}'s and a {@link Building}'s — and
 * the check that they nest: the district lies in the municipality, the neighbourhood in the
 * district.
 */
final class AreaCodeNesting {

  /** A CBS municipality code (<i>gemeentecode</i>). */
  static final String GM = "GM\\d{4}";
  /** A CBS district code (<i>wijkcode</i>). */
  static final String WK = "WK\\d{6}";
  /** A CBS neighbourhood code (<i>buurtcode</i>). */
  static final String BU = "BU\\d{8}";

  private AreaCodeNesting() {}

  /**
   * Refuses codes that do not nest.
   *
   * @throws IllegalStateException if the district does not lie in the municipality or the
   *     neighbourhood not in the district
   */
  static void check(Optional<String> municipalityCode, Optional<String> districtCode,
      Optional<String> neighbourhoodCode) {
    // Tests of presence, not lambdas, which capture the codes: an object each for every record
    // of a stock of millions that is built.
    if (districtCode.isPresent() && municipalityCode.isPresent()) {
      checkNested("district", districtCode.get(), AreaType.WIJK, "municipality",
          municipalityCode.get(), AreaType.GEMEENTE, Municipalities::isDistrictOf);
    }
    if (neighbourhoodCode.isPresent() && districtCode.isPresent()) {
      checkNested("neighbourhood", neighbourhoodCode.get(), AreaType.BUURT, "district",
          districtCode.get(), AreaType.WIJK, Municipalities::isNeighbourhoodOf);
    }
  }

  /**
   * Refuses an area code that does not lie in the area that must contain it. Malformed codes are
   * left to the {@code @Pattern} constraints, which report them better. {@code liesIn} is false
   * for malformed codes too, so the formats are looked at only when it is false, which is rare:
   * dwelling records are built by the million.
   */
  private static void checkNested(String part, String partCode, AreaType partType, String whole,
      String wholeCode, AreaType wholeType, BiPredicate<String, String> liesIn) {
    if (!liesIn.test(partCode, wholeCode) && partType.hasCodeFormat(partCode)
        && wholeType.hasCodeFormat(wholeCode)) {
      throw new IllegalStateException(
          part + " code " + partCode + " does not lie in " + whole + " " + wholeCode);
    }
  }
}
