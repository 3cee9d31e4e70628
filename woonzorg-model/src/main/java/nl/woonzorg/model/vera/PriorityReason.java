package nl.woonzorg.model.vera;

import org.apiguardian.api.API;
import nl.woonzorg.model.code.CodeEntry;
import nl.woonzorg.model.code.Codes;

/**
 * A reason for allocation priority (<i>voorrangdetailsoort</i>) in the VERA reference data, such
 * as urgency on medical grounds or ties to a village; each belongs to one {@linkplain PriorityKind
 * kind}.
 *
 * <p>Mirrors the VERA list {@code VOORRANGDETAILSOORT}, every row of release v4.3.260403 included,
 * end-dated ones with their end date; the wire code is the VERA code.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public enum PriorityReason implements VeraCoded {
  /** Beroep: occupation, urgency for an occupation the region needs, such as education or care. */
  BEROEP("BER", "Beroep", "occupation", PriorityKind.URGENTIE),
  /**
   * (Bijna) dakloos: (nearly) homeless, urgency after homelessness, a disaster, fire, eviction or
   * return from abroad.
   */
  DAKLOOS_OF_BIJNA_DAKLOOS("DAK", "(Bijna) dakloos", "(nearly) homeless", PriorityKind.URGENTIE),
  /** Gedupeerd: aggrieved, urgency for a home-seeker harmed by a housing provider. */
  GEDUPEERD("DUP", "Gedupeerd", "aggrieved", PriorityKind.URGENTIE),
  /** Economisch: economic ties, economic ties to the area. */
  ECONOMISCH("ECO", "Economisch", "economic ties", PriorityKind.BINDING),
  /** ex-gedetineerd: released from detention, urgency on release from detention. */
  EX_GEDETINEERD("EXD", "ex-gedetineerd", "released from detention", PriorityKind.URGENTIE),
  /** Financieel: financial, urgency because of financial problems. */
  FINANCIEEL("FIN", "Financieel", "financial", PriorityKind.URGENTIE),
  /** Gelijkvloers: single-level, an indication for a single-level home. */
  GELIJKVLOERS("GEL", "Gelijkvloers", "single-level", PriorityKind.INDICATIE),
  /**
   * Geweld bedreiging / overlast: violence, threats or nuisance, urgency because of nuisance from
   * the surroundings or threats.
   */
  GEWELD_BEDREIGING_OVERLAST("GEW", "Geweld bedreiging / overlast", "violence, threats or nuisance",
      PriorityKind.URGENTIE),
  /**
   * Herhuisvesting: rehousing, urgency because of (long) renovation, new construction or
   * demolition.
   */
  HERHUISVESTING("HUI", "Herhuisvesting", "rehousing", PriorityKind.URGENTIE),
  /** Kern: village ties, ties to a village or town (kern). */
  KERN("KRN", "Kern", "village ties", PriorityKind.BINDING),
  /** Maatschappelijk: social ties, social ties to the area. */
  MAATSCHAPPELIJK("MAA", "Maatschappelijk", "social ties", PriorityKind.BINDING),
  /** Mantelzorg: informal care, urgency for giving or receiving informal care (mantelzorg). */
  MANTELZORG("MAN", "Mantelzorg", "informal care", PriorityKind.URGENTIE),
  /** Medisch: medical, urgency for an adapted home on medical grounds. */
  MEDISCH("MED", "Medisch", "medical", PriorityKind.URGENTIE),
  /** Regio: regional ties, ties to the region. */
  REGIO("REG", "Regio", "regional ties", PriorityKind.BINDING),
  /**
   * Relationeel: relationship breakdown, urgency after divorce, a broken relationship, family
   * problems or pregnancy.
   */
  RELATIONEEL("REL", "Relationeel", "relationship breakdown", PriorityKind.URGENTIE),
  /** Rollatorgeschikt: walker-suitable, an indication for a walker-suitable home. */
  ROLLATORGESCHIKT("ROL", "Rollatorgeschikt", "walker-suitable", PriorityKind.INDICATIE),
  /** Rolstoelgeschikt: wheelchair-suitable, an indication for a wheelchair-suitable home. */
  ROLSTOELGESCHIKT("RST", "Rolstoelgeschikt", "wheelchair-suitable", PriorityKind.INDICATIE),
  /**
   * Servicewoning: service flat, an indication for a home attached to a care institution or nursing
   * centre.
   */
  SERVICEWONING("SER", "Servicewoning", "service flat", PriorityKind.INDICATIE),
  /** Sociaal: social, urgency because the living situation disrupts or threatens life. */
  SOCIAAL("SOC", "Sociaal", "social", PriorityKind.URGENTIE),
  /** Statushouder: refugee with a residence permit, urgency on being granted a residence permit. */
  STATUSHOUDER("STA", "Statushouder", "refugee with a residence permit", PriorityKind.URGENTIE),
  /**
   * uitstroom maatschappelijke instelling: leaving a social-care institution, urgency on moving out
   * of a social-care institution.
   */
  UITSTROOM_MAATSCHAPPELIJKE_INSTELLING("UIT", "uitstroom maatschappelijke instelling",
      "leaving a social-care institution", PriorityKind.URGENTIE);

  private final CodeEntry entry;
  private final PriorityKind priorityKind;

  PriorityReason(String code, String labelNl, String labelEn, PriorityKind priorityKind) {
    entry = new CodeEntry(code, labelNl, labelEn);
    this.priorityKind = priorityKind;
  }

  @Override
  public CodeEntry codeEntry() {
    return entry;
  }

  /** Always {@link VeraCodeList#VOORRANGDETAILSOORT}. */
  @Override
  public VeraCodeList getVeraCodeList() {
    return VeraCodeList.VOORRANGDETAILSOORT;
  }

  /** The kind of priority this reason belongs to (VERA <i>Parent</i>); never null. */
  public PriorityKind getPriorityKind() {
    return priorityKind;
  }

  /**
   * Returns the entry with the given VERA code.
   *
   * @throws nl.woonzorg.model.code.UnknownCodeException if there is none
   */
  public static PriorityReason fromCode(String code) {
    return Codes.fromCode(PriorityReason.class, code);
  }
}
