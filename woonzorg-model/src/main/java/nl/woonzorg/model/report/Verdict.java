package nl.woonzorg.model.report;

import org.apiguardian.api.API;
import nl.woonzorg.model.code.Codes;
import nl.woonzorg.model.code.CodeEntry;
import nl.woonzorg.model.code.CodeList;

/**
 * The overall outcome of a check (<i>oordeel</i>). The wire code is the constant's name.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public enum Verdict implements CodeList {
  /** Conform: no error and no warning. */
  CONFORM("conform", "conform"),
  /** Conform met waarschuwingen: no error, at least one warning. */
  CONFORM_WITH_WARNINGS("conform met waarschuwingen", "conform with warnings"),
  /** Niet conform: at least one error. */
  NOT_CONFORM("niet conform", "not conform");

  private final CodeEntry entry;

  Verdict(String labelNl, String labelEn) {
    entry = new CodeEntry(name(), labelNl, labelEn);
  }

  @Override
  public CodeEntry codeEntry() {
    return entry;
  }

  /**
   * Returns the verdict with the given wire code.
   *
   * @throws nl.woonzorg.model.code.UnknownCodeException if there is none
   */
  public static Verdict fromCode(String code) {
    return Codes.fromCode(Verdict.class, code);
  }
}
