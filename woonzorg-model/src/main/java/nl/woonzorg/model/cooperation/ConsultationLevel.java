package nl.woonzorg.model.cooperation;

import nl.woonzorg.model.code.Codes;
import nl.woonzorg.model.code.CodeEntry;
import nl.woonzorg.model.code.CodeList;
import org.apiguardian.api.API;

/**
 * The level of a {@link Consultation} (<i>overlegniveau</i>). The seeds stress that both the
 * administrative and the official level are needed. The wire code is the constant's name.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public enum ConsultationLevel implements CodeList {
  /** Bestuurlijk: administrative, between aldermen and directors. */
  BESTUURLIJK("bestuurlijk", "administrative"),
  /** Ambtelijk: official, between civil servants and staff. */
  AMBTELIJK("ambtelijk", "official"),
  /** Uitvoering: operational, between the people doing the work. */
  UITVOERING("uitvoering", "operational"),
  /** Bewoners: with residents and tenants. */
  BEWONERS("bewoners", "residents");

  private final CodeEntry entry;

  ConsultationLevel(String labelNl, String labelEn) {
    entry = new CodeEntry(name(), labelNl, labelEn);
  }

  @Override
  public CodeEntry codeEntry() {
    return entry;
  }

  /**
   * Returns the consultation level with the given wire code.
   *
   * @throws nl.woonzorg.model.code.UnknownCodeException if there is none
   */
  public static ConsultationLevel fromCode(String code) {
    return Codes.fromCode(ConsultationLevel.class, code);
  }
}
