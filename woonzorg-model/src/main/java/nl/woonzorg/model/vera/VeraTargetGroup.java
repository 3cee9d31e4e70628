package nl.woonzorg.model.vera;

import java.time.LocalDate;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import nl.woonzorg.model.code.CodeEntry;
import nl.woonzorg.model.code.Codes;

/**
 * A target group (<i>doelgroep</i>) in the VERA reference data: for whom a home is intended or to
 * whom it was let, by household type or life stage.
 *
 * <p>Mirrors the VERA list {@code DOELGROEP}, every row of release v4.3.260403 included, end-dated
 * ones with their end date; the wire code is the VERA code. The broader target groups of a
 * woonzorgvisie are {@link nl.woonzorg.model.targetgroup.TargetGroup}, which refers to this list
 * where the definitions match.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public enum VeraTargetGroup implements VeraCoded {
  /** Persoon: single person, a one-person household. */
  PERSOON("EEN", "Persoon", "single person"),
  /**
   * Gezin met kinderen: family with children. End-dated in VERA from 23 June 2023. VERA says to use
   * {@link #GEZIN} instead.
   */
  GEZIN_MET_KINDEREN("GEK", "Gezin met kinderen", "family with children",
      LocalDate.of(2023, 6, 23)),
  /** Gezin: family, one or more adults who raise and care for one or more children. */
  GEZIN("GEZ", "Gezin", "family"),
  /**
   * Huishouden zonder kinderen: household without children, one or more adults, up to an age limit,
   * who do not (yet) care for children.
   */
  HUISHOUDEN_ZONDER_KINDEREN("HZO", "Huishouden zonder kinderen", "household without children"),
  /** Jongeren: young people, tenants below a maximum age at allocation. */
  JONGEREN("JON", "Jongeren", "young people"),
  /**
   * Meergezins: multi-family, multi-family housing. End-dated in VERA from 6 October 2023. VERA
   * says to record this with a unit (detail) kind instead.
   */
  MEERGEZINS("MEE", "Meergezins", "multi-family", LocalDate.of(2023, 10, 6)),
  /** Senioren: older people, tenants above a minimum age at allocation. */
  SENIOREN("SEN", "Senioren", "older people"),
  /** Starter: first-time home-seeker, a starter on the housing market. */
  STARTER("STA", "Starter", "first-time home-seeker"),
  /**
   * Studenten: students, tenants who are students (on student finance, studying full time or doing
   * a doctorate).
   */
  STUDENTEN("STU", "Studenten", "students"),
  /**
   * Zorg: people needing care, tenants who need care, in homes with no sensible use other than as
   * care homes, such as sheltered and service flats.
   */
  ZORG("ZOR", "Zorg", "people needing care"),
  /**
   * Zorgdragers: caring neighbours, tenants selected for their social motivation, to be a good
   * neighbour.
   */
  ZORGDRAGERS("ZDR", "Zorgdragers", "caring neighbours");

  private final CodeEntry entry;

  VeraTargetGroup(String code, String labelNl, String labelEn) {
    this(code, labelNl, labelEn, null);
  }

  VeraTargetGroup(String code, String labelNl, String labelEn, @Nullable LocalDate endDate) {
    entry = new CodeEntry(code, labelNl, labelEn, endDate);
  }

  @Override
  public CodeEntry codeEntry() {
    return entry;
  }

  /** Always {@link VeraCodeList#DOELGROEP}. */
  @Override
  public VeraCodeList getVeraCodeList() {
    return VeraCodeList.DOELGROEP;
  }

  /**
   * Returns the entry with the given VERA code.
   *
   * @throws nl.woonzorg.model.code.UnknownCodeException if there is none
   */
  public static VeraTargetGroup fromCode(String code) {
    return Codes.fromCode(VeraTargetGroup.class, code);
  }
}
