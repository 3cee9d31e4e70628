package nl.woonzorg.model;

import org.apiguardian.api.API;
import nl.woonzorg.model.code.Codes;
import nl.woonzorg.model.code.CodeEntry;
import nl.woonzorg.model.code.CodeList;

/**
 * Where a woonzorgvisie stands in its adoption (<i>status</i>). The wire code is the constant's
 * name.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public enum VisionStatus implements CodeList {
  /** Concept: a draft; incompleteness is expected. */
  CONCEPT("concept", "draft"),
  /** Ter inspraak: published for consultation of residents and partners. */
  TER_INSPRAAK("ter inspraak", "out for consultation"),
  /** Vastgesteld: adopted by the municipal council; it must be complete and exact. */
  VASTGESTELD("vastgesteld", "adopted"),
  /** Ingetrokken: withdrawn or replaced by a newer vision. */
  INGETROKKEN("ingetrokken", "withdrawn");

  private final CodeEntry entry;

  VisionStatus(String labelNl, String labelEn) {
    entry = new CodeEntry(name(), labelNl, labelEn);
  }

  @Override
  public CodeEntry codeEntry() {
    return entry;
  }

  /**
   * Returns the status with the given wire code.
   *
   * @throws nl.woonzorg.model.code.UnknownCodeException if there is none
   */
  public static VisionStatus fromCode(String code) {
    return Codes.fromCode(VisionStatus.class, code);
  }
}
