package nl.woonzorg.model.document;

import nl.woonzorg.model.code.Codes;
import nl.woonzorg.model.code.CodeEntry;
import nl.woonzorg.model.code.CodeList;
import org.apiguardian.api.API;

/**
 * A part a policy document of the woonzorg cycle is made of (<i>onderdeel</i>), as the document
 * itself names its build-up: "bestaande uit een visie, verkenning en voorstellen"; "opgebouwd uit
 * een lokale analyse, een ambitie, vier pijlers, uitvoering en monitoring". A closed list: the
 * steps of the cycle (analyse, visie, afspraken, uitvoering, borging) and the parts the
 * Taskforce's handreikingen name within them. The wire code is the constant's name.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.2.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2.0")
public enum DocumentSection implements CodeList {
  /** Analyse: the analysis of the task, figures and findings. */
  ANALYSE("analyse", "analysis"),
  /** Verkenning: an exploration, e.g. a local study by a research bureau. */
  VERKENNING("verkenning", "exploration"),
  /** Visie: the vision. */
  VISIE("visie", "vision"),
  /** Ambitie: the ambition or ambitions. */
  AMBITIE("ambitie", "ambition"),
  /** Pijlers: the pillars or themes the ambition is split into. */
  PIJLERS("pijlers", "pillars"),
  /** Doelen: the goals. */
  DOELEN("doelen", "goals"),
  /** Voorstellen: proposals or recommendations (aanbevelingen). */
  VOORSTELLEN("voorstellen", "proposals"),
  /** Afspraken: agreements. */
  AFSPRAKEN("afspraken", "agreements"),
  /** Uitvoering: how it is to be carried out. */
  UITVOERING("uitvoering", "implementation"),
  /** Monitoring: how progress is followed (borging). */
  MONITORING("monitoring", "monitoring");

  private final CodeEntry entry;

  DocumentSection(String labelNl, String labelEn) {
    entry = new CodeEntry(name(), labelNl, labelEn);
  }

  @Override
  public CodeEntry codeEntry() {
    return entry;
  }

  /**
   * Returns the section with the given wire code.
   *
   * @throws nl.woonzorg.model.code.UnknownCodeException if there is none
   */
  public static DocumentSection fromCode(String code) {
    return Codes.fromCode(DocumentSection.class, code);
  }
}
