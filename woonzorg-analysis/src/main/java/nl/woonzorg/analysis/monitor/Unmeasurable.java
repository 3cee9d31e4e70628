package nl.woonzorg.analysis.monitor;

import nl.woonzorg.model.code.CodeEntry;
import nl.woonzorg.model.code.CodeList;
import org.apiguardian.api.API;

/**
 * Why a goal's progress cannot be measured (<i>reden niet meetbaar</i>), for the status {@link
 * ProgressStatus#NOT_MEASURABLE}.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public enum Unmeasurable implements CodeList {
  /** The goal has no target (<i>geen streefwaarde</i>). */
  NO_TARGET("geen streefwaarde", "no target"),
  /** The goal has no deadline (<i>geen termijn</i>). */
  NO_DEADLINE("geen termijn", "no deadline"),
  /** Nothing was measured by the as-of date (<i>nog geen meting</i>). */
  NO_MEASUREMENT("nog geen meting", "no measurement yet"),
  /** One measurement and no baseline year: no pace can be taken (<i>geen tempo</i>). */
  NO_PACE("één meting en geen nulmeting: geen tempo", "one measurement and no baseline: no pace");

  private final CodeEntry entry;

  Unmeasurable(String labelNl, String labelEn) {
    this.entry = new CodeEntry(name(), labelNl, labelEn);
  }

  @Override
  public CodeEntry codeEntry() {
    return entry;
  }
}
