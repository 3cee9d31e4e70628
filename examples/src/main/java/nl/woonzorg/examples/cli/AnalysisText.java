package nl.woonzorg.examples.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.woonzorg.analysis.gap.GapAnalysis;
import nl.woonzorg.analysis.gap.GapRow;
import nl.woonzorg.analysis.region.Region;
import nl.woonzorg.analysis.supply.SupplyCategory;
import nl.woonzorg.model.analysis.Analysis;
import nl.woonzorg.model.analysis.AnalysisFinding;
import nl.woonzorg.model.analysis.Source;

/**
 * The text form of {@code woonzorg analyse}: per supply category a table of demand, supply, gap
 * and coverage, the gap normalised and its index against the region and the Netherlands, from the
 * analysis level up to the Netherlands and for each region of {@code --regions}, then the findings
 * and the sources.
 */
final class AnalysisText {

  private static final String ROW = "%-12s %-28s %12s %12s %12s %10s %12s %12s %10s%n";

  private final GapAnalysis analysis;
  private final Figures figures;
  private final NormalisedGap normalised;
  private final Lang lang;
  private final Analysis document;
  private final List<Region> regions;

  AnalysisText(GapAnalysis analysis, Analysis document, Figures figures,
      NormalisedGap normalised, List<Region> regions) {
    this.analysis = analysis;
    this.regions = regions;
    this.normalised = normalised;
    this.document = document;
    this.figures = figures;
    this.lang = figures.lang();
  }

  String render() {
    StringBuilder text = new StringBuilder();
    text.append(document.getSummary().orElse("")).append("\n");
    text.append(lang.pick("Genormeerd: de opgave ", "Normalised: the gap ")).append(
        normalised.label()).append(lang.pick("; index: regio = 100 en Nederland = 100",
        "; index: region = 100 and the Netherlands = 100")).append("\n");
    for (SupplyCategory category : Figures.categories(analysis)) {
      text.append("\n").append(figures.label(category)).append("\n");
      text.append(String.format(Locale.ROOT, ROW, lang.pick("gebied", "area"),
          lang.pick("naam", "name"), lang.pick("vraag", "demand"),
          lang.pick("aanbod", "supply"), lang.pick("opgave", "gap"),
          lang.pick("dekking", "coverage"), lang.pick("genormeerd", "normalised"),
          lang.pick("index regio", "index region"), "index NL"));
      for (GapRow row : Figures.today(analysis, category)) {
        // A wijk or buurt KWB gives no name of its own: its code says it already.
        String name = analysis.name(row.areaCode()).equals(row.areaCode()) ? ""
            : analysis.name(row.areaCode());
        text.append(String.format(Locale.ROOT, ROW,
            row.areaCode(), shortened(name),
            figures.amount(row.demand()), figures.amount(row.supply()),
            figures.amount(row.gap()), figures.percent(row.coverage()),
            figures.number(normalised.gap(row)), figures.number(normalised.indexToRegion(row)),
            figures.number(normalised.indexToNetherlands(row))));
      }
      regions(text, category);
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

  /**
   * The rows of the regions of {@code --regions} of {@code category}, each under {@code regio}
   * and its name, indexed against the Netherlands only; then why each partial one is.
   */
  private void regions(StringBuilder text, SupplyCategory category) {
    List<String> notes = new ArrayList<>();
    for (Region region : regions) {
      Figures.region(analysis, region, category).ifPresent(row -> {
        text.append(String.format(Locale.ROOT, ROW, lang.pick("regio", "region"),
            shortened(region.label()), figures.amount(row.demand()),
            figures.amount(row.supply()), figures.amount(row.gap()),
            figures.percent(row.coverage()), figures.number(normalised.gap(row)), "–",
            figures.number(normalised.regionIndexToNetherlands(row))));
        String lacking = figures.lacking(row);
        if (!lacking.isEmpty()) {
          notes.add("* " + region.label() + ": " + lacking + "\n");
        }
      });
    }
    notes.forEach(text::append);
  }

  private static String shortened(String name) {
    return name.length() > 28 ? name.substring(0, 27) + "…" : name;
  }
}
