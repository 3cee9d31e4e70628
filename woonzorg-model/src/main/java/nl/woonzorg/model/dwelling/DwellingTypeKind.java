package nl.woonzorg.model.dwelling;

import org.apiguardian.api.API;
import nl.woonzorg.model.code.Codes;
import nl.woonzorg.model.code.CodeEntry;
import nl.woonzorg.model.code.CodeList;

/**
 * The broad kind of a {@link DwellingType} (<i>soort woonvorm</i>): where it lies between living
 * independently and living in an institution. The wire code is the constant's name.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public enum DwellingTypeKind implements CodeList {
  /**
   * Zelfstandig: self-contained, a home with its own entrance, kitchen and bathroom, where care
   * comes to the resident.
   */
  ZELFSTANDIG("zelfstandig", "self-contained"),
  /**
   * Onzelfstandig: non-self-contained, a room that shares its entrance, kitchen or toilet with
   * other residents.
   */
  ONZELFSTANDIG("onzelfstandig", "non-self-contained"),
  /**
   * Tussenvorm: intermediate form, housing between living fully independently and living in a
   * nursing home or institution, usually with shared spaces or support nearby.
   */
  TUSSENVORM("tussenvorm", "intermediate form"),
  /**
   * Intramuraal: residential care, a place in a nursing home or institution where housing and care
   * come together.
   */
  INTRAMURAAL("intramuraal", "residential care"),
  /**
   * Opvang en beschermd wonen: shelter and sheltered housing, places funded by the municipality for
   * people who cannot (yet) live on their own.
   */
  OPVANG_EN_BESCHERMD("opvang en beschermd wonen", "shelter and sheltered housing"),
  /**
   * Gebied: area, a district or village arranged for living with care, rather than a single
   * building.
   */
  GEBIED("gebied", "area");

  private final CodeEntry entry;

  DwellingTypeKind(String labelNl, String labelEn) {
    entry = new CodeEntry(name(), labelNl, labelEn);
  }

  @Override
  public CodeEntry codeEntry() {
    return entry;
  }

  /**
   * Returns the kind with the given wire code.
   *
   * @throws nl.woonzorg.model.code.UnknownCodeException if there is none
   */
  public static DwellingTypeKind fromCode(String code) {
    return Codes.fromCode(DwellingTypeKind.class, code);
  }
}
