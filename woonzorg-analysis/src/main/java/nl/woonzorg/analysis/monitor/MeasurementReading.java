package nl.woonzorg.analysis.monitor;

import nl.woonzorg.model.code.CodeEntry;
import nl.woonzorg.model.code.CodeList;
import org.apiguardian.api.API;

/**
 * How an indicator's measurements give what was realised in a period (<i>lezing van de
 * metingen</i>).
 *
 * <p>Immutable and thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public enum MeasurementReading implements CodeList {
  /**
   * Cumulatieve stand: each measurement is a level counted from the start; a period realised the
   * rise of the level from the last measurement before it to the last within it (zero before the
   * first). Homes delivered, as a monitor of building reports them.
   */
  CUMULATIVE("cumulatieve stand", "cumulative level"),
  /**
   * Aantal in de periode: each measurement counts what was realised since the one before; a
   * period realised the sum of those dated within it. Statushouders housed per month.
   */
  PER_PERIOD("aantal per periode", "count per period");

  private final CodeEntry entry;

  MeasurementReading(String labelNl, String labelEn) {
    this.entry = new CodeEntry(name(), labelNl, labelEn);
  }

  @Override
  public CodeEntry codeEntry() {
    return entry;
  }
}
