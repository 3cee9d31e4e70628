package nl.woonzorg.model.vera;

import java.time.LocalDate;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import nl.woonzorg.model.code.CodeEntry;
import nl.woonzorg.model.code.Codes;

/**
 * A supplementary target group (<i>aanvullende doelgroep</i>) in the VERA reference data: a
 * specific group a home is intended for, next to its {@linkplain VeraTargetGroup target group},
 * such as refugees with a residence permit or people with a physical disability.
 *
 * <p>Mirrors the VERA list {@code AANVULLENDEDOELGROEP}, every row of release v4.3.260403
 * included, end-dated ones with their end date; the wire code is the VERA code. VERA uses code
 * {@code VER} twice: end-dated for people with an intellectual disability (now {@link
 * #VERSTANDELIJK_BEPERKTEN}) and live for {@link #EX_VERSLAAFDEN}; this enumeration keeps the live
 * meaning.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public enum VeraSupplementaryTargetGroup implements VeraCoded {
  /**
   * Buitenlandse studenten: international students, students from abroad at a university or
   * university of applied sciences.
   */
  BUITENLANDSE_STUDENTEN("BSTU", "Buitenlandse studenten", "international students",
      VeraTargetGroup.STUDENTEN),
  /**
   * ex-dak- en thuislozen: formerly homeless people, people who were homeless or roofless, possibly
   * needing support.
   */
  EX_DAK_EN_THUISLOZEN("DAK", "ex-dak- en thuislozen", "formerly homeless people"),
  /** Personen met een Geringe Ergonomische Beperking: people with a minor ergonomic impairment. */
  PERSONEN_MET_EEN_GERINGE_ERGONOMISCHE_BEPERKING("GEB",
      "Personen met een Geringe Ergonomische Beperking",
      "people with a minor ergonomic impairment"),
  /**
   * ex-gedetineerden: former prisoners, people released from detention, possibly needing support.
   */
  EX_GEDETINEERDEN("GED", "ex-gedetineerden", "former prisoners"),
  /**
   * Geestelijk gehandicapten: people with a mental disability, a dated term for people with an
   * intellectual disability. End-dated in VERA from 6 October 2023. VERA says to use {@link
   * #VERSTANDELIJK_BEPERKTEN} (at the time coded {@code VER}).
   */
  GEESTELIJK_GEHANDICAPTEN("GEE", "Geestelijk gehandicapten", "people with a mental disability",
      LocalDate.of(2023, 10, 6)),
  /**
   * GGZ-Patiënten: mental-health patients, people living independently while treated or supported
   * by a mental-health (GGZ) institution.
   */
  GGZ_PATIENTEN("GGZ", "GGZ-Patiënten", "mental-health patients"),
  /**
   * Kunstenaars: artists, tenants who work as artists, in a home usable as a studio or with a
   * studio of its own.
   */
  KUNSTENAARS("KUN", "Kunstenaars", "artists"),
  /**
   * Lichamelijk beperkten: people with a physical disability, people with a motor, sensory or
   * chronic physiological disability.
   */
  LICHAMELIJK_BEPERKTEN("LIC", "Lichamelijk beperkten", "people with a physical disability"),
  /**
   * Ouderen: older people. End-dated in VERA from 8 September 2023. VERA says to use target group
   * {@link VeraTargetGroup#SENIOREN} with housing form {@link HousingForm#GROEPSWONEN}.
   */
  OUDEREN("OUD", "Ouderen", "older people", LocalDate.of(2023, 9, 8)),
  /**
   * (ex-) psychiatrische patiënten: (former) psychiatric patients, current or former psychiatric
   * patients.
   */
  EX_PSYCHIATRISCHE_PATIENTEN("PSY", "(ex-) psychiatrische patiënten",
      "(former) psychiatric patients"),
  /**
   * Skaeve Huse: Skaeve Huse residents, people who cause severe nuisance and live in a Skaeve Huse
   * home apart from ordinary neighbourhoods.
   */
  SKAEVE_HUSE("SKA", "Skaeve Huse", "Skaeve Huse residents"),
  /** Statushouders: refugees with a residence permit. */
  STATUSHOUDERS("STH", "Statushouders", "refugees with a residence permit"),
  /**
   * Verstandelijk beperkten: people with an intellectual disability. From 6 to 20 October 2023 VERA
   * coded this group {@code VER}.
   */
  VERSTANDELIJK_BEPERKTEN("VBE", "Verstandelijk beperkten",
      "people with an intellectual disability"),
  /**
   * (ex)-verslaafden: (former) addicts, people with a current or past addiction. VERA also lists
   * code {@code VER} for intellectual disability, end-dated 20 October 2023; that meaning is {@link
   * #VERSTANDELIJK_BEPERKTEN}.
   */
  EX_VERSLAAFDEN("VER", "(ex)-verslaafden", "(former) addicts"),
  /**
   * Zorgindicatie: people with a care assessment, people with an assessed entitlement to care
   * (zorgindicatie).
   */
  ZORGINDICATIE("ZIN", "Zorgindicatie", "people with a care assessment"),
  /**
   * Zorgindicatie: people with a care assessment (withdrawn code), the withdrawn first code for
   * people with an assessed entitlement to care. End-dated in VERA from 8 September 2023. VERA says
   * to use {@link #ZORGINDICATIE}; the constant carries the suffix because both share the name
   * "Zorgindicatie".
   */
  ZORGINDICATIE_VERVALLEN("ZORI", "Zorgindicatie", "people with a care assessment (withdrawn code)",
      VeraTargetGroup.ZORG, LocalDate.of(2023, 9, 8));

  private final CodeEntry entry;
  private final @Nullable VeraTargetGroup targetGroup;

  VeraSupplementaryTargetGroup(String code, String labelNl, String labelEn) {
    this(code, labelNl, labelEn, null, null);
  }

  VeraSupplementaryTargetGroup(String code, String labelNl, String labelEn, LocalDate endDate) {
    this(code, labelNl, labelEn, null, endDate);
  }

  VeraSupplementaryTargetGroup(
      String code, String labelNl, String labelEn, VeraTargetGroup targetGroup) {
    this(code, labelNl, labelEn, targetGroup, null);
  }

  VeraSupplementaryTargetGroup(String code, String labelNl, String labelEn,
      @Nullable VeraTargetGroup targetGroup, @Nullable LocalDate endDate) {
    entry = new CodeEntry(code, labelNl, labelEn, endDate);
    this.targetGroup = targetGroup;
  }

  @Override
  public CodeEntry codeEntry() {
    return entry;
  }

  /** Always {@link VeraCodeList#AANVULLENDEDOELGROEP}. */
  @Override
  public VeraCodeList getVeraCodeList() {
    return VeraCodeList.AANVULLENDEDOELGROEP;
  }

  /**
   * The VERA target group this group refines (VERA <i>Parent</i>), e.g. {@link
   * VeraTargetGroup#STUDENTEN} for {@link #BUITENLANDSE_STUDENTEN}; empty for most groups, which
   * VERA does not place under one.
   */
  public Optional<VeraTargetGroup> getParentTargetGroup() {
    return Optional.ofNullable(targetGroup);
  }

  /**
   * Returns the entry with the given VERA code.
   *
   * @throws nl.woonzorg.model.code.UnknownCodeException if there is none
   */
  public static VeraSupplementaryTargetGroup fromCode(String code) {
    return Codes.fromCode(VeraSupplementaryTargetGroup.class, code);
  }
}
