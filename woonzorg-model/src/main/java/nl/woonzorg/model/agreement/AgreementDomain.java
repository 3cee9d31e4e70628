package nl.woonzorg.model.agreement;

import org.apiguardian.api.API;
import nl.woonzorg.model.code.Codes;
import nl.woonzorg.model.code.CodeEntry;
import nl.woonzorg.model.code.CodeList;

/**
 * The policy domain a performance agreement belongs to (<i>domein</i>), after Overzicht 1 of the
 * Taskforce Wonen en Zorg's guide. The wire code is the constant's name.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public enum AgreementDomain implements CodeList {
  /** Wonen: housing, e.g. zero-step homes, clustered housing, allocation. */
  WONEN("wonen", "housing"),
  /** Zorg en welzijn: care and welfare, e.g. nursing-care places, sheltered housing, prevention. */
  ZORG_EN_WELZIJN("zorg en welzijn", "care and welfare"),
  /**
   * Fysieke omgeving: physical environment, e.g. walking routes, public-transport stops, meeting
   * places.
   */
  FYSIEKE_OMGEVING("fysieke omgeving", "physical environment");

  private final CodeEntry entry;

  AgreementDomain(String labelNl, String labelEn) {
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
  public static AgreementDomain fromCode(String code) {
    return Codes.fromCode(AgreementDomain.class, code);
  }
}
