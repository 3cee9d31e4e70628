package nl.woonzorg.analysis.supply;

import java.util.Optional;
import java.util.function.Function;
import nl.woonzorg.model.area.AreaType;
import nl.woonzorg.model.dwelling.Dwelling;
import org.jspecify.annotations.Nullable;

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
   * buurt code is built on (a buurt's and a wijk's code carry the gemeente's four digits); null if
   * it has none. Asked per record, so it makes no lambda or {@code Optional} of its own.
   */
  static @Nullable String municipality(Dwelling dwelling) {
    Optional<String> own = dwelling.getMunicipalityCode();
    if (own.isPresent()) {
      return own.get();
    }
    Optional<String> part = dwelling.getDistrictCode();
    if (part.isEmpty()) {
      part = dwelling.getNeighbourhoodCode();
    }
    return part.isPresent() ? "GM" + part.get().substring(2, 6) : null;
  }
}
