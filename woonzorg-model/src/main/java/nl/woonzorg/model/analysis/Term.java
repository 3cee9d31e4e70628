package nl.woonzorg.model.analysis;

import nl.woonzorg.model.code.Codes;
import nl.woonzorg.model.code.CodeEntry;
import nl.woonzorg.model.code.CodeList;
import org.apiguardian.api.API;

/**
 * When a {@link Bottleneck} bites (<i>termijn</i>): the Handreiking asks which bottlenecks are
 * urgent and which can be taken up later. The wire code is the constant's name.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public enum Term implements CodeList {
  /** Korte termijn: short term, urgent. */
  KORTE_TERMIJN("korte termijn", "short term"),
  /** Lange termijn: long term, can be taken up later. */
  LANGE_TERMIJN("lange termijn", "long term");

  private final CodeEntry entry;

  Term(String labelNl, String labelEn) {
    entry = new CodeEntry(name(), labelNl, labelEn);
  }

  @Override
  public CodeEntry codeEntry() {
    return entry;
  }

  /**
   * Returns the term with the given wire code.
   *
   * @throws nl.woonzorg.model.code.UnknownCodeException if there is none
   */
  public static Term fromCode(String code) {
    return Codes.fromCode(Term.class, code);
  }
}
