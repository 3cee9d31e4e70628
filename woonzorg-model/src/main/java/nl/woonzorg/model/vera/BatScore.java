package nl.woonzorg.model.vera;

import org.apiguardian.api.API;
import nl.woonzorg.model.code.CodeEntry;
import nl.woonzorg.model.code.Codes;

/**
 * A BAT score (<i>BAT-score</i>) in the VERA reference data: how accessible a home is by the
 * Bouw Advies Toegankelijkheid, for people with limited mobility. VERA-OpenAPI 4.3 calls it "een
 * indicatie van hoe goed een woning is aangepast aan de behoeften van mensen met een handicap",
 * not an absolute measure.
 *
 * <p>Mirrors the VERA list {@code BATSCORE}, every row of release v4.3.260403 (all begin on
 * 27-6-2025); the wire code is the VERA code. The five scores are not one scale of nested
 * levels: a home that a wheelchair can <i>visit</i> (BAT3, living room and toilet) need not be
 * one that a walker can <i>live</i> in, so each score says what its own definition says and
 * nothing more.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.2.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2.0")
public enum BatScore implements VeraCoded {
  /**
   * Nultrapswoning: zero-stairs home, whose entrance, living room, toilet, kitchen, bedroom and
   * shower are on the ground floor or reachable by a lift or stairlift; it may have high
   * thresholds and narrow passages.
   */
  NULTRAPSWONING("BAT1", "Nultrapswoning", "zero-stairs home"),
  /**
   * Rollator bezoekbaar: a walker user can reach the living room and the toilet door, without
   * stairs, over thresholds of at most 20 mm, through passages of at least 800 mm.
   */
  ROLLATOR_BEZOEKBAAR("BAT2", "Rollator bezoekbaar", "visitable with a walker"),
  /**
   * Rolstoel bezoekbaar: a wheelchair user can reach the living room and the toilet door, by a
   * platform lift where not on the ground floor, with room to turn.
   */
  ROLSTOEL_BEZOEKBAAR("BAT3", "Rolstoel bezoekbaar", "visitable in a wheelchair"),
  /**
   * Rolstoel woonbaar: a wheelchair user can reach and open the front door unaided and reach and
   * use the living room, toilet, shower, kitchen and a bedroom.
   */
  ROLSTOEL_WOONBAAR("BAT4", "Rolstoel woonbaar", "livable in a wheelchair"),
  /**
   * Zorg: room to give help in the bedroom and the shower: 1.3 m beside the bed for a hoist and
   * a shower-toilet wheelchair.
   */
  ZORG("BAT5", "Zorg", "room for care");

  private final CodeEntry entry;

  BatScore(String code, String labelNl, String labelEn) {
    entry = new CodeEntry(code, labelNl, labelEn);
  }

  @Override
  public CodeEntry codeEntry() {
    return entry;
  }

  /** Always {@link VeraCodeList#BATSCORE}. */
  @Override
  public VeraCodeList getVeraCodeList() {
    return VeraCodeList.BATSCORE;
  }

  /**
   * Returns the entry with the given VERA code.
   *
   * @throws nl.woonzorg.model.code.UnknownCodeException if there is none
   */
  public static BatScore fromCode(String code) {
    return Codes.fromCode(BatScore.class, code);
  }
}
