package nl.woonzorg.vera.match;

import nl.woonzorg.model.code.CodeEntry;
import nl.woonzorg.model.code.CodeList;
import org.apiguardian.api.API;

/**
 * Why a home does not fit a household (<i>reden van niet-passen</i>), with a stable code and its
 * label in Dutch and English. A home that does not fit has one or more.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public enum Mismatch implements CodeList {
  /**
   * The household needs a zero-step home (walking aid or wheelchair) and the home is not one
   * (<i>geen nultredenwoning</i>).
   */
  ZERO_STEP("NULTREDEN", "geen nultredenwoning", "not a zero-step home"),
  /** The household uses a wheelchair and the home is not wheelchair-accessible. */
  WHEELCHAIR("ROLSTOEL", "niet rolstoeltoegankelijk", "not wheelchair-accessible"),
  /**
   * The household seeks clustered living and the home is not in a clustered form with a meeting
   * room (<i>geen geclusterde woonvorm met ontmoetingsruimte</i>).
   */
  CLUSTERED("GECLUSTERD", "geen geclusterde woonvorm met ontmoetingsruimte",
      "not clustered with a meeting room"),
  /** The household has a care indication and the home is not care-ready (<i>zorggeschikt</i>). */
  CARE_READY("ZORGGESCHIKT", "niet zorggeschikt", "not care-ready"),
  /** The home is for older people and no member of the household is old enough. */
  AGE("LEEFTIJD", "niemand in het huishouden is oud genoeg", "no member of the household is"
      + " old enough"),
  /** The rent is above the passend-toewijzen capping limit for the household's size. */
  RENT("HUUR", "huur boven de aftoppingsgrens", "rent above the capping limit"),
  /** Passend toewijzen applies and the home's rent (<i>rekenhuur</i>) is not known. */
  RENT_UNKNOWN("HUUR-ONBEKEND", "rekenhuur onbekend", "rent (rekenhuur) unknown"),
  /** The home has fewer rooms than the household needs. */
  ROOMS("KAMERS", "te weinig kamers", "too few rooms"),
  /** The home's number of rooms (<i>kamersAantal</i>) is not known. */
  ROOMS_UNKNOWN("KAMERS-ONBEKEND", "aantal kamers onbekend", "number of rooms unknown");

  private final CodeEntry entry;

  Mismatch(String code, String labelNl, String labelEn) {
    entry = new CodeEntry(code, labelNl, labelEn);
  }

  /** The code and labels; the stable code is e.g. {@code NULTREDEN}. */
  @Override
  public CodeEntry codeEntry() {
    return entry;
  }

  /** This reason's bit in a home's reasons, as {@link MatchResult} keeps them. */
  int bit() {
    return 1 << ordinal();
  }
}
