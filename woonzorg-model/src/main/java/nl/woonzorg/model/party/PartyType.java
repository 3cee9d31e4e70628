package nl.woonzorg.model.party;

import nl.woonzorg.model.code.Codes;
import nl.woonzorg.model.code.CodeEntry;
import nl.woonzorg.model.code.CodeList;
import org.apiguardian.api.API;

/**
 * The kind of a {@link Party} (<i>soort partij</i>). The wire code is the constant's name. For a
 * {@linkplain Party#getCollective() collective party} it is the kind of its members: "de
 * zorgaanbieders in de regio" is a {@link #ZORGAANBIEDER}.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public enum PartyType implements CodeList {
  /** Gemeente: municipality, which directs the woonzorgvisie. */
  GEMEENTE("gemeente", "municipality"),
  /** Woningcorporatie: social housing association (a <i>toegelaten instelling</i>). */
  WONINGCORPORATIE("woningcorporatie", "social housing association"),
  /** Huurdersorganisatie: tenants' organisation. */
  HUURDERSORGANISATIE("huurdersorganisatie", "tenants' organisation"),
  /** Zorgaanbieder: care provider (<i>zorgorganisatie</i>). */
  ZORGAANBIEDER("zorgaanbieder", "care provider"),
  /** Welzijnsorganisatie: welfare organisation. */
  WELZIJNSORGANISATIE("welzijnsorganisatie", "welfare organisation"),
  /** Zorgkantoor: regional purchaser of long-term care under the Wlz. */
  ZORGKANTOOR("zorgkantoor", "regional long-term-care purchaser"),
  /** Zorgverzekeraar: health insurer. */
  ZORGVERZEKERAAR("zorgverzekeraar", "health insurer"),
  /** Cliëntenorganisatie: client or patient organisation. */
  CLIENTENORGANISATIE("cliëntenorganisatie", "client organisation"),
  /** Marktpartij: market party, e.g. an investor or project developer. */
  MARKTPARTIJ("marktpartij", "market party"),
  /** Provincie: province. */
  PROVINCIE("provincie", "province"),
  /** Rijk: the national government. */
  RIJK("Rijk", "national government"),
  /** Bewonersinitiatief: residents' or citizens' initiative. */
  BEWONERSINITIATIEF("bewonersinitiatief", "residents' initiative"),
  /** Wooncoöperatie: housing cooperative owned by its residents. */
  WOONCOOPERATIE("wooncoöperatie", "housing cooperative"),
  /** Politie: police. */
  POLITIE("politie", "police"),
  /**
   * Branche- of koepelorganisatie: a branch or umbrella organisation that speaks for its members
   * nationally or regionally, e.g. VNG (gemeenten), Aedes (woningcorporaties), ActiZ (care
   * providers), Zorgverzekeraars Nederland (insurers and zorgkantoren) or the Woonbond (tenants).
   */
  BRANCHEORGANISATIE("branche- of koepelorganisatie", "branch or umbrella organisation"),
  /**
   * Onderzoeksbureau: a research or advisory bureau, e.g. the one that makes a woonzorganalyse or
   * behoefteraming on a gemeente's commission.
   */
  ONDERZOEKSBUREAU("onderzoeksbureau", "research bureau"),
  /** Overig: any other kind of party. */
  OVERIG("overig", "other");

  private final CodeEntry entry;

  PartyType(String labelNl, String labelEn) {
    entry = new CodeEntry(name(), labelNl, labelEn);
  }

  @Override
  public CodeEntry codeEntry() {
    return entry;
  }

  /**
   * Returns the party type with the given wire code.
   *
   * @throws nl.woonzorg.model.code.UnknownCodeException if there is none
   */
  public static PartyType fromCode(String code) {
    return Codes.fromCode(PartyType.class, code);
  }
}
