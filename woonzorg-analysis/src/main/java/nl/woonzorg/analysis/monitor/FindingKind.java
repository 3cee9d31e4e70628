package nl.woonzorg.analysis.monitor;

import nl.woonzorg.model.code.CodeEntry;
import nl.woonzorg.model.code.CodeList;
import org.apiguardian.api.API;

/**
 * What a {@link MonitorFinding} is about (<i>soort bevinding</i>).
 *
 * <p>Immutable and thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public enum FindingKind implements CodeList {
  /** A goal is {@linkplain ProgressStatus#BEHIND behind} (<i>doel loopt achter</i>). */
  GOAL_BEHIND("doel loopt achter", "goal behind"),
  /**
   * An agreement is {@linkplain ProgressStatus#BEHIND behind} (<i>afspraak loopt achter</i>).
   *
   * @since 0.2.0
   */
  AGREEMENT_BEHIND("afspraak loopt achter", "agreement behind"),
  /**
   * An agreement missed its jaarschijven, or a goal its targets per half year, quarter or month,
   * too often in a row (<i>herhaald gemist</i>).
   */
  PERIODS_MISSED("perioden herhaald gemist", "periods missed in a row"),
  /** An early-warning threshold fired (<i>signaal afgegaan</i>). */
  WARNING_FIRED("signaal afgegaan", "early warning fired"),
  /** An indicator was not measured within its cycle (<i>meting achterstallig</i>). */
  STALE_INDICATOR("meting achterstallig", "measurement overdue"),
  /** Sources disagree on one indicator, area and date (<i>bronnen oneens</i>). */
  SOURCES_DISAGREE("bronnen spreken elkaar tegen", "sources disagree");

  private final CodeEntry entry;

  FindingKind(String labelNl, String labelEn) {
    this.entry = new CodeEntry(name(), labelNl, labelEn);
  }

  @Override
  public CodeEntry codeEntry() {
    return entry;
  }
}
