package nl.woonzorg.model.vera;

import org.apiguardian.api.API;
import nl.woonzorg.model.code.CodeEntry;
import nl.woonzorg.model.code.Codes;

/**
 * An accessibility label (<i>toegankelijkheidslabel</i>) in the VERA reference data: how far a
 * home can be entered and used without stairs, with a walker or with a wheelchair.
 *
 * <p>Mirrors the VERA list {@code TOEGANKELIJKHEIDSLABEL}, every row of release v4.3.260403
 * included, end-dated ones with their end date; the wire code is the VERA code. {@link
 * #isZeroStep()} tells which labels make a home a zero-step home (<i>nultredenwoning</i>).
 *
 * <p>Immutable and thread-safe.
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public enum AccessibilityLabel implements VeraCoded {
  /**
   * Gelijkvloerse woning: single-level home, a home whose main rooms are reachable without stairs;
   * its description in VERA says to use GNV or NUL instead, but the release gives it no end date.
   */
  GELIJKVLOERSE_WONING("GEL", "Gelijkvloerse woning", "single-level home"),
  /**
   * Gelijkvloerse woning (geen nultredenwoning): single-level home (not a zero-step home), a home
   * whose main rooms are reachable without stairs, but whose entrance is not step-free.
   */
  GELIJKVLOERSE_WONING_GEEN_NULTREDENWONING("GNV", "Gelijkvloerse woning (geen nultredenwoning)",
      "single-level home (not a zero-step home)"),
  /**
   * Nultredenwoning: zero-step home, a home whose entrance and main rooms are reachable without
   * stairs or thresholds.
   */
  NULTREDENWONING("NUL", "Nultredenwoning", "zero-step home"),
  /**
   * Rollatorwoning: walker-accessible home, a home accessible inside and out with a walker
   * (rollator); also a zero-step home.
   */
  ROLLATORWONING("ROA", "Rollatorwoning", "walker-accessible home"),
  /**
   * Rollatorwoning (geen nultredenwoning): walker-accessible home (not a zero-step home), a home
   * usable with a walker that does not meet the zero-step requirements.
   */
  ROLLATORWONING_GEEN_NULTREDENWONING("ROG", "Rollatorwoning (geen nultredenwoning)",
      "walker-accessible home (not a zero-step home)"),
  /**
   * Rolstoelwoning: wheelchair-accessible home, a home accessible inside and out with a wheelchair;
   * also a walker-accessible and a zero-step home.
   */
  ROLSTOELWONING("ROL", "Rolstoelwoning", "wheelchair-accessible home"),
  /**
   * Extra ruime rolstoelwoning: extra-spacious wheelchair home, a home accessible inside and out
   * with a large (electric) wheelchair.
   */
  EXTRA_RUIME_ROLSTOELWONING("RUI", "Extra ruime rolstoelwoning", "extra-spacious wheelchair home"),
  /**
   * Woning zonder bijzondere toegankelijkheid: home without special accessibility, a home not
   * designed or adapted for accessibility.
   */
  WONING_ZONDER_BIJZONDERE_TOEGANKELIJKHEID("ZON", "Woning zonder bijzondere toegankelijkheid",
      "home without special accessibility");

  private final CodeEntry entry;

  AccessibilityLabel(String code, String labelNl, String labelEn) {
    entry = new CodeEntry(code, labelNl, labelEn);
  }

  @Override
  public CodeEntry codeEntry() {
    return entry;
  }

  /** Always {@link VeraCodeList#TOEGANKELIJKHEIDSLABEL}. */
  @Override
  public VeraCodeList getVeraCodeList() {
    return VeraCodeList.TOEGANKELIJKHEIDSLABEL;
  }

  /**
   * Whether a home with this label is a zero-step home (<i>nultredenwoning</i>): reachable from the
   * street and usable inside without stairs or thresholds. True for {@link #NULTREDENWONING},
   * {@link #ROLLATORWONING}, {@link #ROLSTOELWONING} and {@link #EXTRA_RUIME_ROLSTOELWONING}, as
   * their VERA definitions say; false for the others, whose definitions exclude it or say nothing
   * of the entrance.
   */
  public boolean isZeroStep() {
    return this == NULTREDENWONING || this == ROLLATORWONING || this == ROLSTOELWONING
        || this == EXTRA_RUIME_ROLSTOELWONING;
  }

  /**
   * Returns the entry with the given VERA code.
   *
   * @throws nl.woonzorg.model.code.UnknownCodeException if there is none
   */
  public static AccessibilityLabel fromCode(String code) {
    return Codes.fromCode(AccessibilityLabel.class, code);
  }
}
