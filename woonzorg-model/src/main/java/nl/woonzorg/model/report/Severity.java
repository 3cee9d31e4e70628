package nl.woonzorg.model.report;

import org.apiguardian.api.API;
import nl.woonzorg.model.code.Codes;
import nl.woonzorg.model.code.CodeEntry;
import nl.woonzorg.model.code.CodeList;

/**
 * How much a finding weighs (<i>ernst</i>), most severe first. The wire code is the constant's name.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public enum Severity implements CodeList {
  /** Fout: the data does not conform. */
  ERROR("fout", "error"),
  /** Waarschuwing: the data conforms but is incomplete or doubtful. */
  WARNING("waarschuwing", "warning"),
  /** Informatie: advice; never affects conformity. */
  INFO("informatie", "information");

  private final CodeEntry entry;

  Severity(String labelNl, String labelEn) {
    entry = new CodeEntry(name(), labelNl, labelEn);
  }

  /** Whether this severity is {@code threshold} or more severe than it. */
  public boolean isAtLeast(Severity threshold) {
    return compareTo(threshold) <= 0;
  }

  @Override
  public CodeEntry codeEntry() {
    return entry;
  }

  /**
   * Returns the severity with the given wire code.
   *
   * @throws nl.woonzorg.model.code.UnknownCodeException if there is none
   */
  public static Severity fromCode(String code) {
    return Codes.fromCode(Severity.class, code);
  }
}
