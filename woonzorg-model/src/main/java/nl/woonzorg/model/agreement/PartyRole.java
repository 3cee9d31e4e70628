package nl.woonzorg.model.agreement;

import org.apiguardian.api.API;
import nl.woonzorg.model.code.Codes;
import nl.woonzorg.model.code.CodeEntry;
import nl.woonzorg.model.code.CodeList;

/**
 * The role a party plays in a performance agreement (<i>rol</i>). A party may have several roles,
 * e.g. signatory and implementer. The wire code is the constant's name.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public enum PartyRole implements CodeList {
  /** Ondertekenaar: signatory, committed by its signature. */
  ONDERTEKENAAR("ondertekenaar", "signatory"),
  /** Uitvoerder: implementer, carries out (part of) the agreement. */
  UITVOERDER("uitvoerder", "implementer"),
  /** Trekker: lead party, drives the agreement and calls the others together. */
  TREKKER("trekker", "lead"),
  /** Financier: funder, pays for (part of) the agreement. */
  FINANCIER("financier", "funder"),
  /** Kostendrager: cost bearer, shares the costs when a guarantee is called upon. */
  KOSTENDRAGER("kostendrager", "cost bearer"),
  /** Adviseur: adviser, e.g. a tenants' or clients' organisation giving advice. */
  ADVISEUR("adviseur", "adviser"),
  /**
   * Opdrachtgever: commissioner, on whose commission the work is done, e.g. the gemeente that
   * orders a behoefteraming from a research bureau.
   */
  OPDRACHTGEVER("opdrachtgever", "commissioner"),
  /**
   * Toezichthouder: overseer, who watches that the agreement is kept without being bound by it,
   * e.g. a province or the Autoriteit woningcorporaties.
   */
  TOEZICHTHOUDER("toezichthouder", "overseer"),
  /** Betrokkene: involved party, without one of the roles above. */
  BETROKKENE("betrokkene", "involved party");

  private final CodeEntry entry;

  PartyRole(String labelNl, String labelEn) {
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
  public static PartyRole fromCode(String code) {
    return Codes.fromCode(PartyRole.class, code);
  }
}
