package nl.woonzorg.model.goal;

import org.apiguardian.api.API;
import nl.woonzorg.model.code.Codes;
import nl.woonzorg.model.code.CodeEntry;
import nl.woonzorg.model.code.CodeList;

/**
 * The rent or price segment of homes (<i>huursegment</i>, <i>prijssegment</i>): "a combination of
 * 50% social rent and 50% mid-rent". The wire code is the constant's name; the rent limits that
 * define each segment change yearly and are not part of the model.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public enum RentSegment implements CodeList {
  /** Sociale huur: social rent, below the liberalisation limit. */
  SOCIALE_HUUR("sociale huur", "social rent"),
  /** Middenhuur: mid-rent, between social rent and the private sector. */
  MIDDENHUUR("middenhuur", "mid-rent"),
  /** Vrije-sectorhuur: private-sector rent, above the mid-rent limit. */
  VRIJE_SECTOR_HUUR("vrije-sectorhuur", "private-sector rent"),
  /** Betaalbare koop: affordable owner-occupied homes, up to the affordability limit. */
  KOOP_BETAALBAAR("betaalbare koop", "affordable owner-occupied"),
  /** Koop: owner-occupied homes at any price. */
  KOOP("koop", "owner-occupied");

  private final CodeEntry entry;

  RentSegment(String labelNl, String labelEn) {
    entry = new CodeEntry(name(), labelNl, labelEn);
  }

  @Override
  public CodeEntry codeEntry() {
    return entry;
  }

  /**
   * Returns the constant whose wire code is {@code code}.
   *
   * @param code the wire code, which is the constant's name
   * @return the constant, never null
   * @throws nl.woonzorg.model.code.UnknownCodeException if no constant has that code; the
   *     message lists the valid codes
   */
  public static RentSegment fromCode(String code) {
    return Codes.fromCode(RentSegment.class, code);
  }
}
