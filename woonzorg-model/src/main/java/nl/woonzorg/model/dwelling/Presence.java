package nl.woonzorg.model.dwelling;

import nl.woonzorg.model.code.CodeEntry;
import nl.woonzorg.model.code.CodeList;
import nl.woonzorg.model.code.Codes;
import org.apiguardian.api.API;

/**
 * Whether a building has a provision (<i>aanwezigheid</i>), such as a meeting room or a lift:
 * present, absent, or not known. Unknown is a value of its own so that a record can say it does
 * not know, and no rule takes an unrecorded provision for an absent one. The wire code is the
 * constant's name.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.2.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2.0")
public enum Presence implements CodeList {
  /** Aanwezig: the building has it. */
  AANWEZIG("aanwezig", "present"),
  /** Afwezig: the building does not have it. */
  AFWEZIG("afwezig", "absent"),
  /** Onbekend: not recorded or not known. */
  ONBEKEND("onbekend", "unknown");

  private final CodeEntry entry;

  Presence(String labelNl, String labelEn) {
    entry = new CodeEntry(name(), labelNl, labelEn);
  }

  @Override
  public CodeEntry codeEntry() {
    return entry;
  }

  /**
   * Returns the constant with the given wire code.
   *
   * @throws nl.woonzorg.model.code.UnknownCodeException if there is none
   */
  public static Presence fromCode(String code) {
    return Codes.fromCode(Presence.class, code);
  }
}
