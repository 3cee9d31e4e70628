package nl.woonzorg.model.vera;

import org.apiguardian.api.API;
import nl.woonzorg.model.code.CodeEntry;
import nl.woonzorg.model.code.Codes;

/**
 * A kind of allocation priority (<i>voorrangsoort</i>) in the VERA reference data: on what ground
 * a home-seeker gets priority when homes are allocated.
 *
 * <p>Mirrors the VERA list {@code VOORRANGSOORT}, every row of release v4.3.260403 included,
 * end-dated ones with their end date; the wire code is the VERA code. The reasons within each kind
 * are {@link PriorityReason}.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public enum PriorityKind implements VeraCoded {
  /** Binding: local ties, priority for home-seekers with ties to an area. */
  BINDING("BIN", "Binding", "local ties"),
  /** Groep: group, priority for home-seekers who belong to a group. */
  GROEP("GRO", "Groep", "group"),
  /** Indicatie: indication, priority for home-seekers with a (medical) indication. */
  INDICATIE("IND", "Indicatie", "indication"),
  /** Urgentie: urgency, priority for home-seekers with an urgency status. */
  URGENTIE("URG", "Urgentie", "urgency");

  private final CodeEntry entry;

  PriorityKind(String code, String labelNl, String labelEn) {
    entry = new CodeEntry(code, labelNl, labelEn);
  }

  @Override
  public CodeEntry codeEntry() {
    return entry;
  }

  /** Always {@link VeraCodeList#VOORRANGSOORT}. */
  @Override
  public VeraCodeList getVeraCodeList() {
    return VeraCodeList.VOORRANGSOORT;
  }

  /**
   * Returns the entry with the given VERA code.
   *
   * @throws nl.woonzorg.model.code.UnknownCodeException if there is none
   */
  public static PriorityKind fromCode(String code) {
    return Codes.fromCode(PriorityKind.class, code);
  }
}
