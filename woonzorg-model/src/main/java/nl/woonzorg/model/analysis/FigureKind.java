package nl.woonzorg.model.analysis;

import nl.woonzorg.model.code.Codes;
import nl.woonzorg.model.code.CodeEntry;
import nl.woonzorg.model.code.CodeList;
import org.apiguardian.api.API;

/**
 * What a {@link SupplyDemandFigure} counts (<i>soort cijfer</i>). The wire code is the constant's
 * name.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public enum FigureKind implements CodeList {
  /** Vraag: current demand. */
  VRAAG("vraag", "demand"),
  /** Aanbod: current supply. */
  AANBOD("aanbod", "supply"),
  /** Tekort: shortage, demand exceeding supply. */
  TEKORT("tekort", "shortage"),
  /** Overschot: surplus, supply exceeding demand. */
  OVERSCHOT("overschot", "surplus"),
  /** Prognose vraag: forecast demand in a future year. */
  PROGNOSE_VRAAG("prognose vraag", "forecast demand");

  private final CodeEntry entry;

  FigureKind(String labelNl, String labelEn) {
    entry = new CodeEntry(name(), labelNl, labelEn);
  }

  @Override
  public CodeEntry codeEntry() {
    return entry;
  }

  /**
   * Returns the figure kind with the given wire code.
   *
   * @throws nl.woonzorg.model.code.UnknownCodeException if there is none
   */
  public static FigureKind fromCode(String code) {
    return Codes.fromCode(FigureKind.class, code);
  }
}
