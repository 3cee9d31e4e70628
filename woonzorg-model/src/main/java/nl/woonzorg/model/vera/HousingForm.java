package nl.woonzorg.model.vera;

import java.time.LocalDate;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import nl.woonzorg.model.code.CodeEntry;
import nl.woonzorg.model.code.Codes;

/**
 * A housing form (<i>woonvorm</i>) in the VERA reference data: the arrangement a home is part of,
 * such as clustered housing (<i>geclusterde woonvorm</i>) or supported living (<i>begeleid
 * wonen</i>).
 *
 * <p>Mirrors the VERA list {@code WOONVORM}, every row of release v4.3.260403 included, end-dated
 * ones with their end date; the wire code is the VERA code. The national programme for housing
 * older people counts its clustered and care-ready homes by {@link #GECLUSTERDE_WOONVORM} and
 * {@link #ZORGGESCHIKTE_WONING}.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public enum HousingForm implements VeraCoded {
  /**
   * ADL-clusterwoning: ADL cluster home, a wheelchair-adapted home in a cluster around a post that
   * gives help with activities of daily living (ADL) day and night.
   */
  ADL_CLUSTERWONING("ADL", "ADL-clusterwoning", "ADL cluster home"),
  /**
   * Begeleid wonen: supported living, living in one's own room or studio with structural
   * professional support, without round-the-clock care.
   */
  BEGELEID_WONEN("BEG", "Begeleid wonen", "supported living"),
  /**
   * GEB-woning: home for people with a minor ergonomic impairment. End-dated in VERA from 22
   * September 2023. VERA now records this as the supplementary target group {@link
   * VeraSupplementaryTargetGroup#PERSONEN_MET_EEN_GERINGE_ERGONOMISCHE_BEPERKING}.
   */
  GEB_WONING("GEB", "GEB-woning", "home for people with a minor ergonomic impairment",
      LocalDate.of(2023, 9, 22)),
  /**
   * Geclusterde woonvorm: clustered housing, a self-contained home in a building of at least 12
   * such homes for people aged 55 and over, with a meeting room in or next to the building; the
   * homes are zero-step homes.
   */
  GECLUSTERDE_WOONVORM("GEC", "Geclusterde woonvorm", "clustered housing"),
  /**
   * Groepswonen: group living, several people who choose to live together as a community, each with
   * a room or flat of their own and shared spaces.
   */
  GROEPSWONEN("GRO", "Groepswonen", "group living"),
  /**
   * Grote woonvorm: large residential setting, a residential setting for many residents (usually
   * more than 20) who receive care or support on site.
   */
  GROTE_WOONVORM("GRW", "Grote woonvorm", "large residential setting"),
  /**
   * HAT-eenheid: HAT unit, a small home for one- or two-person households, usually young people
   * starting work or study.
   */
  HAT_EENHEID("HAT", "HAT-eenheid", "HAT unit"),
  /**
   * Kleine woonvorm: small-scale residential setting, a home for usually 6 to 12 people who need
   * care or support, in a domestic rather than an institutional setting.
   */
  KLEINE_WOONVORM("KLE", "Kleine woonvorm", "small-scale residential setting"),
  /**
   * Levensloopbestendig woning: life-course-proof home, a home suitable for every stage of life,
   * with sleeping and bathing on the ground floor, wide passages and no thresholds. VERA spells the
   * name without the inflection ("Levensloopbestendig woning").
   */
  LEVENSLOOPBESTENDIGE_WONING("LEV", "Levensloopbestendig woning", "life-course-proof home"),
  /**
   * Seniorenwoning met zorg: senior home with care, self-contained senior homes grouped near a
   * service centre with facilities.
   */
  SENIORENWONING_MET_ZORG("SEN", "Seniorenwoning met zorg", "senior home with care"),
  /**
   * Thomashuis: Thomashuis group home, a small home for six to eight people with an intellectual
   * disability.
   */
  THOMASHUIS("THO", "Thomashuis", "Thomashuis group home"),
  /**
   * Zorggeschikte woning: care-ready home, a home in clustered housing with extra provisions for
   * care delivery and people with a disability: wheelchair-accessible, wide entrance, automatic
   * doors and a lift.
   */
  ZORGGESCHIKTE_WONING("ZWO", "Zorggeschikte woning", "care-ready home");

  private final CodeEntry entry;

  HousingForm(String code, String labelNl, String labelEn) {
    this(code, labelNl, labelEn, null);
  }

  HousingForm(String code, String labelNl, String labelEn, @Nullable LocalDate endDate) {
    entry = new CodeEntry(code, labelNl, labelEn, endDate);
  }

  @Override
  public CodeEntry codeEntry() {
    return entry;
  }

  /** Always {@link VeraCodeList#WOONVORM}. */
  @Override
  public VeraCodeList getVeraCodeList() {
    return VeraCodeList.WOONVORM;
  }

  /**
   * Returns the entry with the given VERA code.
   *
   * @throws nl.woonzorg.model.code.UnknownCodeException if there is none
   */
  public static HousingForm fromCode(String code) {
    return Codes.fromCode(HousingForm.class, code);
  }
}
