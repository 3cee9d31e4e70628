package nl.woonzorg.model.dwelling;

import java.util.Optional;
import org.apiguardian.api.API;
import nl.woonzorg.model.code.Codes;
import nl.woonzorg.model.code.CodeEntry;
import nl.woonzorg.model.code.CodeList;
import nl.woonzorg.model.vera.AccessibilityLabel;
import nl.woonzorg.model.vera.HousingForm;

/**
 * A category of the national programme <i>Wonen en zorg voor ouderen</i>
 * (<i>programmacategorie</i>): the 2021 administrative agreements aim at extra homes for older
 * people, "nultredenwoningen en geclusterde woonvormen", and the programme counts the care-ready
 * homes among the clustered ones separately. The wire code is the constant's name.
 *
 * <p>The categories nest: a care-ready home meets the criteria of clustered housing, and clustered
 * homes are zero-step homes. {@link #of(Optional, Optional)} therefore counts each home once, in
 * its most specific category, so that the three counts add up to the programme's total.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public enum ProgrammeCategory implements CodeList {
  /**
   * Nultredenwoning: zero-step home, whose entrance and main rooms (living room, kitchen, toilet,
   * bathroom and one bedroom) are reachable without stairs or thresholds.
   */
  NULTREDENWONING("nultredenwoning", "zero-step home"),
  /**
   * Geclusterde woning: clustered home, a self-contained zero-step home in a building of at least
   * 12 such homes for people aged 55 and over, with a meeting room in or next to the building
   * (VERA {@link HousingForm#GECLUSTERDE_WOONVORM}).
   */
  GECLUSTERDE_WONING("geclusterde woning", "clustered home"),
  /**
   * Zorggeschikte woning: care-ready home, a clustered home with extra provisions for care and for
   * people with a disability, such as wheelchair access, automatic doors and a lift (VERA {@link
   * HousingForm#ZORGGESCHIKTE_WONING}).
   */
  ZORGGESCHIKTE_WONING("zorggeschikte woning", "care-ready home");

  private final CodeEntry entry;

  ProgrammeCategory(String labelNl, String labelEn) {
    entry = new CodeEntry(name(), labelNl, labelEn);
  }

  @Override
  public CodeEntry codeEntry() {
    return entry;
  }

  /**
   * Returns the programme category of a home with the given VERA housing form and accessibility
   * label, each counted once in its most specific category:
   *
   * <ol>
   *   <li>housing form {@link HousingForm#ZORGGESCHIKTE_WONING}: {@link #ZORGGESCHIKTE_WONING};
   *   <li>else housing form {@link HousingForm#GECLUSTERDE_WOONVORM}: {@link #GECLUSTERDE_WONING};
   *   <li>else a {@linkplain AccessibilityLabel#isZeroStep() zero-step} accessibility label:
   *       {@link #NULTREDENWONING};
   *   <li>else empty: the home does not count for the programme.
   * </ol>
   *
   * <p>The label does not matter for the first two: VERA's definitions of those housing forms
   * include the zero-step requirements.
   */
  public static Optional<ProgrammeCategory> of(
      Optional<HousingForm> housingForm, Optional<AccessibilityLabel> accessibilityLabel) {
    if (housingForm.equals(Optional.of(HousingForm.ZORGGESCHIKTE_WONING))) {
      return Optional.of(ZORGGESCHIKTE_WONING);
    }
    if (housingForm.equals(Optional.of(HousingForm.GECLUSTERDE_WOONVORM))) {
      return Optional.of(GECLUSTERDE_WONING);
    }
    if (accessibilityLabel.filter(AccessibilityLabel::isZeroStep).isPresent()) {
      return Optional.of(NULTREDENWONING);
    }
    return Optional.empty();
  }

  /**
   * Returns the programme category with the given wire code.
   *
   * @throws nl.woonzorg.model.code.UnknownCodeException if there is none
   */
  public static ProgrammeCategory fromCode(String code) {
    return Codes.fromCode(ProgrammeCategory.class, code);
  }
}
