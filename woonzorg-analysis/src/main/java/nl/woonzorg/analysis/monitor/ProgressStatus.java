package nl.woonzorg.analysis.monitor;

import nl.woonzorg.model.code.CodeEntry;
import nl.woonzorg.model.code.CodeList;
import org.apiguardian.api.API;

/**
 * Where a goal stands (<i>voortgangsstatus</i>): reached, on track, at risk, behind, or not
 * measurable. {@link MonitorSettings} holds the thresholds between on track, at risk and behind.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public enum ProgressStatus implements CodeList {
  /** <i>Bereikt</i>: what was realised is at or above the target. */
  REACHED("bereikt", "reached"),
  /** <i>Op koers</i>: the realised pace is at least the on-track share of the required pace. */
  ON_TRACK("op koers", "on track"),
  /** <i>Risico</i>: the realised pace falls short, but by less than the at-risk margin. */
  AT_RISK("risico", "at risk"),
  /** <i>Achter</i>: the realised pace falls short by more, or the deadline passed unmet. */
  BEHIND("achter", "behind"),
  /**
   * <i>Niet meetbaar</i>: no target, no deadline, no measurement yet, or too few to give a pace;
   * {@link GoalProgress#reason()} says which.
   */
  NOT_MEASURABLE("niet meetbaar", "not measurable");

  private final CodeEntry entry;

  ProgressStatus(String labelNl, String labelEn) {
    this.entry = new CodeEntry(name(), labelNl, labelEn);
  }

  @Override
  public CodeEntry codeEntry() {
    return entry;
  }
}
