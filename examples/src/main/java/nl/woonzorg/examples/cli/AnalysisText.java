package nl.woonzorg.examples.cli;

import java.util.Locale;
import nl.woonzorg.analysis.gap.GapAnalysis;
import nl.woonzorg.analysis.gap.GapRow;
import nl.woonzorg.analysis.supply.SupplyCategory;
import nl.woonzorg.model.analysis.Analysis;
import nl.woonzorg.model.analysis.AnalysisFinding;
import nl.woonzorg.model.analysis.Source;

/**
 * The text form of {@code woonzorg analyse}: per supply category a table of demand, supply, gap
 * and coverage from the analysis level up to the Netherlands, then the findings and the sources.
 */
final class AnalysisText {

  private final GapAnalysis analysis;
  private final Figures figures;
  private final Lang lang;
  private final Analysis document;

  AnalysisText(GapAnalysis analysis, Analysis document, Figures figures) {
    this.analysis = analysis;
    this.document = document;
    this.figures = figures;
    this.lang = figures.lang();
  }

  String render() {
    StringBuilder text = new StringBuilder();
    text.append(document.getSummary().orElse("")).append("\n");
    for (SupplyCategory category : Figures.categories(analysis)) {
      text.append("\n").append(figures.label(category)).append("\n");
      text.append(String.format(Locale.ROOT, "%-12s %-28s %12s %12s %12s %10s%n",
          lang.pick("gebied", "area"), lang.pick("naam", "name"), lang.pick("vraag", "demand"),
          lang.pick("aanbod", "supply"), lang.pick("opgave", "gap"),
          lang.pick("dekking", "coverage")));
      for (GapRow row : Figures.today(analysis, category)) {
        // A wijk or buurt KWB gives no name of its own: its code says it already.
        String name = analysis.name(row.areaCode()).equals(row.areaCode()) ? ""
            : analysis.name(row.areaCode());
        text.append(String.format(Locale.ROOT, "%-12s %-28s %12s %12s %12s %10s%n",
            row.areaCode(), name.length() > 28 ? name.substring(0, 27) + "…" : name,
            figures.amount(row.demand()), figures.amount(row.supply()),
            figures.amount(row.gap()), figures.percent(row.coverage())));
      }
    }
    text.append("\n").append(figures.partialNote()).append("\n\n")
        .append(lang.pick("Bevindingen", "Findings")).append("\n");
    for (AnalysisFinding finding : document.getFindings()) {
      text.append("- ").append(finding.getStatement()).append("\n");
    }
    text.append("\n").append(lang.pick("Bronnen", "Sources")).append("\n");
    for (Source source : document.getSources()) {
      text.append("- ").append(source.getId()).append(": ").append(source.getTitle())
          .append(source.getPublished().map(date -> " (" + date + ")").orElse("")).append("\n");
    }
    return text.toString();
  }
}
