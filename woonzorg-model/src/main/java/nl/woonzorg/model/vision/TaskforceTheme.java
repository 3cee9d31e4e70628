package nl.woonzorg.model.vision;

import nl.woonzorg.model.code.Codes;
import nl.woonzorg.model.code.CodeEntry;
import nl.woonzorg.model.code.CodeList;
import org.apiguardian.api.API;

/**
 * A theme (<i>thema</i>) under which the Taskforce Wonen en Zorg monitors the municipal visions
 * on wonen en zorg ("Stand van Nederland"): "het overgrote deel van alle gemeenten heeft een visie
 * op het thema 'Langer zelfstandig thuis wonen'". The codes are the themes the Taskforce's
 * handreiking names (Taskforce Wonen en Zorg, <i>Van visie naar uitvoering</i>, "Woonzorgvisie in
 * een notendop"); a later minor format version may add the others. Unlike a {@link
 * TaskforceTopic}, which says what a vision covers, a theme is what its ambition is about. The wire
 * code is the constant's name.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.2.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2.0")
public enum TaskforceTheme implements CodeList {
  /** Langer zelfstandig thuis wonen: living independently at home for longer. */
  LANGER_ZELFSTANDIG_THUIS_WONEN("langer zelfstandig thuis wonen", "living at home for longer"),
  /** Doorstromen: moving on to a home that fits, freeing the one left. */
  DOORSTROMEN("doorstromen", "moving on"),
  /** Innovatie en vernieuwing: innovation and renewal. */
  INNOVATIE_EN_VERNIEUWING("innovatie en vernieuwing", "innovation and renewal");

  private final CodeEntry entry;

  TaskforceTheme(String labelNl, String labelEn) {
    entry = new CodeEntry(name(), labelNl, labelEn);
  }

  @Override
  public CodeEntry codeEntry() {
    return entry;
  }

  /**
   * Returns the theme with the given wire code.
   *
   * @throws nl.woonzorg.model.code.UnknownCodeException if there is none
   */
  public static TaskforceTheme fromCode(String code) {
    return Codes.fromCode(TaskforceTheme.class, code);
  }
}
