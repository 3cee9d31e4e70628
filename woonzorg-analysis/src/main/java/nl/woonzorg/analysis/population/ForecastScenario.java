package nl.woonzorg.analysis.population;

import nl.woonzorg.model.code.CodeEntry;
import nl.woonzorg.model.code.CodeList;
import nl.woonzorg.model.code.Codes;
import org.apiguardian.api.API;

/**
 * A scenario of a population forecast (<i>prognosevariant</i>): the forecast itself and the lower
 * and upper bound of its interval, as the CBS/PBL regional forecast (table 85173NED) gives a 67 %
 * interval per gemeente. Analyses compute each of the three, since no single forecast is to be
 * relied on. The wire code is the constant's name.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public enum ForecastScenario implements CodeList {
  /** Laag: the lower bound of the forecast's interval. */
  LAAG("ondergrens", "low"),
  /** Midden: the forecast itself. */
  MIDDEN("prognose", "central"),
  /** Hoog: the upper bound of the forecast's interval. */
  HOOG("bovengrens", "high");

  private final CodeEntry entry;

  ForecastScenario(String labelNl, String labelEn) {
    entry = new CodeEntry(name(), labelNl, labelEn);
  }

  @Override
  public CodeEntry codeEntry() {
    return entry;
  }

  /**
   * Returns the scenario with the given wire code.
   *
   * @throws nl.woonzorg.model.code.UnknownCodeException if there is none
   */
  public static ForecastScenario fromCode(String code) {
    return Codes.fromCode(ForecastScenario.class, code);
  }
}
