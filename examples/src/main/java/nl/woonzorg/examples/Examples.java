package nl.woonzorg.examples;

import java.util.stream.Collectors;
import nl.woonzorg.examples.cli.Lang;
import nl.woonzorg.model.goal.Breakdown;
import nl.woonzorg.model.report.Report;

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
   * The verdict of {@code report} with its counts as the tool writes them, e.g. {@code "oordeel:
   * conform (0 fouten, 0 waarschuwingen, 8 informatiemeldingen)"}.
   */
  static String verdictLine(Report report) {
    return "oordeel: " + report.verdict().getLabelNl() + " (" + Lang.NL.counts(report) + ")";
  }
}
