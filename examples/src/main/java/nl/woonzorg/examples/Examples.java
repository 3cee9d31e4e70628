package nl.woonzorg.examples;

import java.util.stream.Collectors;
import nl.woonzorg.model.goal.Breakdown;
import nl.woonzorg.model.report.Report;
import nl.woonzorg.model.report.Severity;

/** What the examples' summaries share: how they print a breakdown and a verdict. */
final class Examples {

  private Examples() {}

  /** The parts of {@code breakdown}, e.g. {@code "80 nieuwbouw + 30 bestaande bouw"}. */
  static String parts(Breakdown breakdown) {
    return breakdown.getParts().stream()
        .map(part -> part.getValue().toPlainString() + " " + part.getLabel())
        .collect(Collectors.joining(" + "));
  }

  /**
   * The verdict of {@code report} with its counts, e.g. {@code "oordeel: conform (0 fouten, 0
   * waarschuwingen, 8 informatie)"}.
   */
  static String verdictLine(Report report) {
    return "oordeel: " + report.verdict().getLabelNl() + " (" + report.count(Severity.ERROR)
        + " fouten, " + report.count(Severity.WARNING) + " waarschuwingen, "
        + report.count(Severity.INFO) + " informatie)";
  }
}
