package nl.woonzorg.model.vera;

import org.apiguardian.api.API;
import nl.woonzorg.model.code.CodeEntry;
import nl.woonzorg.model.code.Codes;

/**
 * A rent class (<i>huurklasse</i>) in the VERA reference data: where the net rent of a unit lies
 * relative to the statutory limits of the housing benefit (<i>huurtoeslag</i>).
 *
 * <p>Mirrors the VERA list {@code HUURKLASSE}, every row of release v4.3.260403 included,
 * end-dated ones with their end date; the wire code is the VERA code. The limits themselves change
 * every year and are not part of the list.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public enum RentClass implements VeraCoded {
  /**
   * Betaalbaar: affordable, net rent at or above the quality-discount limit and below the upper
   * capping limit.
   */
  BETAALBAAR("BET", "Betaalbaar", "affordable"),
  /**
   * Boven huurtoeslaggrens: above the housing-benefit limit, net rent at or above the
   * housing-benefit (liberalisation) limit.
   */
  BOVEN_HUURTOESLAGGRENS("BOV", "Boven huurtoeslaggrens", "above the housing-benefit limit"),
  /**
   * Duur: expensive, net rent at or above the upper capping limit and below the housing-benefit
   * limit.
   */
  DUUR("DUU", "Duur", "expensive"),
  /** Goedkoop: low-cost, net rent below the quality-discount limit. */
  GOEDKOOP("GOE", "Goedkoop", "low-cost");

  private final CodeEntry entry;

  RentClass(String code, String labelNl, String labelEn) {
    entry = new CodeEntry(code, labelNl, labelEn);
  }

  @Override
  public CodeEntry codeEntry() {
    return entry;
  }

  /** Always {@link VeraCodeList#HUURKLASSE}. */
  @Override
  public VeraCodeList getVeraCodeList() {
    return VeraCodeList.HUURKLASSE;
  }

  /**
   * Returns the entry with the given VERA code.
   *
   * @throws nl.woonzorg.model.code.UnknownCodeException if there is none
   */
  public static RentClass fromCode(String code) {
    return Codes.fromCode(RentClass.class, code);
  }
}
