package nl.woonzorg.model.link;

import nl.woonzorg.model.code.CodeEntry;
import nl.woonzorg.model.code.CodeList;
import nl.woonzorg.model.code.Codes;
import org.apiguardian.api.API;

/**
 * How the linking document stands to the document a {@link DocumentLink} points to (<i>relatie</i>).
 * The wire code is the constant's name.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public enum DocumentRelation implements CodeList {
  /** Bouwt voort op: builds on it, e.g. a woonzorgvisie on the woonvisie. */
  BOUWT_VOORT_OP("bouwt voort op", "builds on"),
  /** Addendum bij: is an addendum to it, e.g. to a covenant. */
  ADDENDUM_BIJ("addendum bij", "addendum to"),
  /** Bijlage bij: is an annex of it. */
  BIJLAGE_BIJ("bijlage bij", "annex of"),
  /** Vervangt: replaces it. */
  VERVANGT("vervangt", "replaces"),
  /** Verwijst naar: refers to it instead of repeating it. */
  VERWIJST_NAAR("verwijst naar", "refers to"),
  /**
   * Heeft als addendum: the linked document is an addendum to this one, the inverse of {@link
   * #ADDENDUM_BIJ}, e.g. prestatieafspraken that take the regiovisie's agreements on as an
   * addendum. Since format 1.1.
   */
  HEEFT_ADDENDUM("heeft als addendum", "has as addendum"),
  /** Heeft als bijlage: the linked document is an annex of this one. Since format 1.1. */
  HEEFT_BIJLAGE("heeft als bijlage", "has as annex"),
  /**
   * Uitvoering van: carries out the linked document, e.g. an uitvoeringsagenda that follows a
   * covenant. Since format 1.1.
   */
  UITVOERING_VAN("uitvoering van", "implements"),
  /**
   * Kaderstellend voor: sets the frame for the linked document, e.g. a regional woondeal for
   * the woonzorgvisies of its municipalities. Since format 1.1.
   */
  KADERSTELLEND_VOOR("kaderstellend voor", "sets the frame for"),
  /**
   * Vergelijkbaar met: is comparable to the linked document, as the source says, without
   * resting on it. Since format 1.1.
   */
  VERGELIJKBAAR_MET("vergelijkbaar met", "comparable to"),
  /**
   * Opgenomen in: this document, or the agreements in it, is taken up in the linked one, e.g. a
   * pact's agreements in the zorgkantoor's inkoopvoorwaarden. Since format 1.1.
   */
  OPGENOMEN_IN("opgenomen in", "included in"),
  /**
   * Verwezen vanuit: the linked document refers to this one, the inverse of {@link
   * #VERWIJST_NAAR}, e.g. prestatieafspraken that refer to a pact's werkafspraken. Since 1.1.
   */
  VERWEZEN_VANUIT("verwezen vanuit", "referred to from"),
  /**
   * Uitgewerkt in: is worked out in the linked document, the inverse of {@link #UITVOERING_VAN},
   * e.g. national agreements that land in the regional woondeals. Since format 1.1.
   */
  UITGEWERKT_IN("uitgewerkt in", "worked out in"),
  /**
   * Bundelt: brings the linked document together with others in one, e.g. a regional monitor
   * made of several earlier monitors. Since format 1.1.
   */
  BUNDELT("bundelt", "brings together"),
  /**
   * Beoogt: intends the linked document to be drawn up; it does not exist yet, e.g. "liefst
   * vastgelegd in een business-case en een overeenstemming". Since format 1.1.
   */
  BEOOGT("beoogt", "intends");

  private final CodeEntry entry;

  DocumentRelation(String labelNl, String labelEn) {
    entry = new CodeEntry(name(), labelNl, labelEn);
  }

  @Override
  public CodeEntry codeEntry() {
    return entry;
  }

  /**
   * Returns the relation with the given wire code.
   *
   * @throws nl.woonzorg.model.code.UnknownCodeException if there is none
   */
  public static DocumentRelation fromCode(String code) {
    return Codes.fromCode(DocumentRelation.class, code);
  }
}
