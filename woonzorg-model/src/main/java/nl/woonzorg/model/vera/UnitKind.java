package nl.woonzorg.model.vera;

import org.apiguardian.api.API;
import nl.woonzorg.model.code.CodeEntry;
import nl.woonzorg.model.code.Codes;

/**
 * A kind of real-estate unit (<i>eenheidsoort</i>) in the VERA reference data: living space,
 * residential care property, community property, parking and so on.
 *
 * <p>Mirrors the VERA list {@code EENHEIDSOORT}, every row of release v4.3.260403 included,
 * end-dated ones with their end date; the wire code is the VERA code. The detailed kinds within
 * each are {@link UnitDetailKind}.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public enum UnitKind implements VeraCoded {
  /** Bedrijfsruimte: commercial property, business premises and shops. */
  BEDRIJFSRUIMTE("BED", "Bedrijfsruimte", "commercial property"),
  /**
   * Intramuraal zorgvastgoed: residential care property, property where residents receive care in
   * an institution.
   */
  INTRAMURAAL_ZORGVASTGOED("INT", "Intramuraal zorgvastgoed", "residential care property"),
  /**
   * Maatschappelijk vastgoed: community property, property with a social purpose, such as schools,
   * community centres and care support points.
   */
  MAATSCHAPPELIJK_VASTGOED("MOG", "Maatschappelijk vastgoed", "community property"),
  /** Overig: other, the remaining kinds: moorings, storage rooms, building plots and the like. */
  OVERIG("OVE", "Overig", "other"),
  /** Parkeergelegenheid: parking, garages and parking spaces. */
  PARKEERGELEGENHEID("PAR", "Parkeergelegenheid", "parking"),
  /**
   * Recreatiebestemming: recreational property, property for recreational use, such as holiday
   * homes.
   */
  RECREATIEBESTEMMING("REC", "Recreatiebestemming", "recreational property"),
  /** Woonruimte: living space, homes and other dwelling units. */
  WOONRUIMTE("WOO", "Woonruimte", "living space");

  private final CodeEntry entry;

  UnitKind(String code, String labelNl, String labelEn) {
    entry = new CodeEntry(code, labelNl, labelEn);
  }

  @Override
  public CodeEntry codeEntry() {
    return entry;
  }

  /** Always {@link VeraCodeList#EENHEIDSOORT}. */
  @Override
  public VeraCodeList getVeraCodeList() {
    return VeraCodeList.EENHEIDSOORT;
  }

  /**
   * Returns the entry with the given VERA code.
   *
   * @throws nl.woonzorg.model.code.UnknownCodeException if there is none
   */
  public static UnitKind fromCode(String code) {
    return Codes.fromCode(UnitKind.class, code);
  }
}
