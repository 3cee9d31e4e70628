package nl.woonzorg.model.targetgroup;

import org.apiguardian.api.API;
import nl.woonzorg.model.code.Codes;
import nl.woonzorg.model.code.CodeEntry;
import nl.woonzorg.model.code.CodeList;

/**
 * The urgency category of a home-seeker (<i>urgentiecategorie</i>) under the bill <i>Wet
 * versterking regie volkshuisvesting</i>: every municipality's housing ordinance
 * (<i>huisvestingsverordening</i>) must give priority to the statutory categories, and may add
 * categories of its own. Regions agree a fair spread of both over their municipalities
 * (<i>fair share</i>). The wire code is the constant's name.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public enum UrgencyCategory implements CodeList {
  /**
   * Wettelijk urgent: statutorily urgent, a home-seeker in a category that the law obliges every
   * housing ordinance to give urgency.
   */
  WETTELIJK_URGENT("wettelijk urgent", "statutorily urgent"),
  /**
   * Overig urgent: otherwise urgent, a home-seeker in a category that the municipality's own
   * housing ordinance adds.
   */
  OVERIG_URGENT("overig urgent", "otherwise urgent");

  private final CodeEntry entry;

  UrgencyCategory(String labelNl, String labelEn) {
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
  public static UrgencyCategory fromCode(String code) {
    return Codes.fromCode(UrgencyCategory.class, code);
  }
}
