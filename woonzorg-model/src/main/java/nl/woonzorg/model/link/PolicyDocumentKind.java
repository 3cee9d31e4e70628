package nl.woonzorg.model.link;

import nl.woonzorg.model.code.CodeEntry;
import nl.woonzorg.model.code.CodeList;
import nl.woonzorg.model.code.Codes;
import org.apiguardian.api.API;

/**
 * The kind of policy document a {@link DocumentLink} points to (<i>soort beleidsdocument</i>). The
 * wire code is the constant's name.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public enum PolicyDocumentKind implements CodeList {
  /** Woonvisie: the municipality's housing vision. */
  WOONVISIE("woonvisie", "housing vision"),
  /** Sociale structuurvisie: the municipality's social-domain structure vision. */
  SOCIALE_STRUCTUURVISIE("sociale structuurvisie", "social structure vision"),
  /** Regiovisie ouderenzorg: a region's vision on care for older people. */
  REGIOVISIE_OUDERENZORG("regiovisie ouderenzorg", "regional vision on elderly care"),
  /** Huisvestingsverordening: the housing ordinance, with urgency and allocation rules. */
  HUISVESTINGSVERORDENING("huisvestingsverordening", "housing ordinance"),
  /** Wmo-beleidsplan: the policy plan under the Social Support Act (Wmo 2015). */
  WMO_BELEIDSPLAN("Wmo-beleidsplan", "Social Support Act policy plan"),
  /** Volkshuisvestingsprogramma: the municipal housing programme of the Wet regie. */
  VOLKSHUISVESTINGSPROGRAMMA("volkshuisvestingsprogramma", "housing programme"),
  /** Inkoopvoorwaarden: purchasing conditions, e.g. the zorgkantoor's for Wlz care. */
  INKOOPVOORWAARDEN("inkoopvoorwaarden", "purchasing conditions"),
  /** Werkafspraken: working arrangements, e.g. around clients leaving sheltered housing. */
  WERKAFSPRAKEN("werkafspraken", "working arrangements"),
  /** Convenant: a covenant or pact that is not itself a woonzorg document. */
  CONVENANT("convenant", "covenant"),
  /**
   * Prestatieafspraken: performance agreements between gemeente, corporaties and huurders that
   * are not themselves a woonzorg document. Since format 1.1.
   */
  PRESTATIEAFSPRAKEN("prestatieafspraken", "performance agreements"),
  /**
   * Woondeal: a regional housing deal between the Rijk, provincie and gemeenten, which frames
   * the woonzorgvisies in the region. Since format 1.1.
   */
  WOONDEAL("woondeal", "housing deal"),
  /** Businesscase: a business case for a project, e.g. a clustered housing form. Since 1.1. */
  BUSINESSCASE("businesscase", "business case"),
  /**
   * Overeenkomst: an agreement between the responsible parties that is not a covenant, e.g. the
   * "overeenstemming" a business case is laid down in. Since format 1.1.
   */
  OVEREENKOMST("overeenkomst", "agreement"),
  /**
   * Woonzorgdocument: another document in woonzorg's format — a vision, analysis, programme,
   * agreement or monitor — named by its {@linkplain DocumentLink#getDocumentId() id}.
   */
  WOONZORGDOCUMENT("woonzorgdocument", "woonzorg document"),
  /** Overig: any other policy document. */
  OVERIG("overig", "other");

  private final CodeEntry entry;

  PolicyDocumentKind(String labelNl, String labelEn) {
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
  public static PolicyDocumentKind fromCode(String code) {
    return Codes.fromCode(PolicyDocumentKind.class, code);
  }
}
