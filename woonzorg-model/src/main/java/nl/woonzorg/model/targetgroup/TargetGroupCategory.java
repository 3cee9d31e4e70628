package nl.woonzorg.model.targetgroup;

import org.apiguardian.api.API;
import nl.woonzorg.model.code.Codes;
import nl.woonzorg.model.code.CodeEntry;
import nl.woonzorg.model.code.CodeList;

/**
 * The broad category of a {@link TargetGroup} (<i>doelgroepcategorie</i>), following the two
 * national programmes the seeds describe: <i>Wonen en zorg voor ouderen</i> (older people) and
 * <i>Een thuis voor iedereen</i> (<i>aandachtsgroepen</i>), next to everyone else. The wire code is
 * the constant's name.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public enum TargetGroupCategory implements CodeList {
  /** Ouderen: older people, the subject of the programme <i>Wonen en zorg voor ouderen</i>. */
  OUDEREN("ouderen", "older people"),
  /**
   * Aandachtsgroep: priority group, people who find it especially hard to get a suitable home
   * because they are in a vulnerable situation or have a specific housing need, the subject of
   * the programme <i>Een thuis voor iedereen</i>.
   */
  AANDACHTSGROEP("aandachtsgroep", "priority group"),
  /** Regulier: regular home-seekers, who compete for the same homes without a specific need. */
  REGULIER("regulier", "regular home-seekers");

  private final CodeEntry entry;

  TargetGroupCategory(String labelNl, String labelEn) {
    entry = new CodeEntry(name(), labelNl, labelEn);
  }

  @Override
  public CodeEntry codeEntry() {
    return entry;
  }

  /**
   * Returns the category with the given wire code.
   *
   * @throws nl.woonzorg.model.code.UnknownCodeException if there is none
   */
  public static TargetGroupCategory fromCode(String code) {
    return Codes.fromCode(TargetGroupCategory.class, code);
  }
}
