package nl.woonzorg.analysis.supply;

import java.util.Optional;
import java.util.function.Function;
import nl.woonzorg.model.area.AreaType;
import nl.woonzorg.model.dwelling.Dwelling;

/**
 * Which of a dwelling record's area codes a tally counts it under: one place for the levels a
 * {@link Dwelling} records, shared by every tally of this package.
 */
final class DwellingAreas {

  private DwellingAreas() {}

  /**
   * The code of a dwelling's area at {@code level}.
   *
   * @throws IllegalArgumentException if {@code level} is not {@link AreaType#GEMEENTE}, {@link
   *     AreaType#WIJK} or {@link AreaType#BUURT}
   */
  static Function<Dwelling, Optional<String>> codeAt(AreaType level) {
    switch (level) {
      case GEMEENTE:
        return Dwelling::getMunicipalityCode;
      case WIJK:
        return Dwelling::getDistrictCode;
      case BUURT:
        return Dwelling::getNeighbourhoodCode;
      default:
        throw new IllegalArgumentException("a dwelling records the codes of its gemeente, wijk"
            + " and buurt, so a supply is counted per one of those, not per " + level.getCode());
    }
  }

  /**
   * The code of the gemeente a dwelling lies in: its own gemeente code, or the one its wijk or
   * buurt code is built on (a buurt's and a wijk's code carry the gemeente's four digits).
   */
  static Optional<String> municipality(Dwelling dwelling) {
    return dwelling.getMunicipalityCode()
        .or(() -> dwelling.getDistrictCode().map(code -> "GM" + code.substring(2, 6)))
        .or(() -> dwelling.getNeighbourhoodCode().map(code -> "GM" + code.substring(2, 6)));
  }
}
