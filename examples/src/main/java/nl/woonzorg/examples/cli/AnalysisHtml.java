package nl.woonzorg.examples.cli;

import static nl.woonzorg.report.HtmlReport.escape;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.woonzorg.analysis.gap.Amount;
import nl.woonzorg.analysis.gap.GapAnalysis;
import nl.woonzorg.analysis.gap.GapRow;
import nl.woonzorg.analysis.number.Fraction;
import nl.woonzorg.analysis.region.Region;
import nl.woonzorg.analysis.supply.SupplyCategory;
import nl.woonzorg.model.analysis.Analysis;
import nl.woonzorg.model.analysis.AnalysisFinding;
import nl.woonzorg.model.analysis.Source;
import nl.woonzorg.model.targetgroup.TargetGroup;

/**
 * The HTML form of {@code woonzorg analyse}: one self-contained page for a policy officer. Per
 * supply category a chart of the areas with the largest gap: a bar per area of the demand, in a
 * colour per target group, a black mark at the supply, and the gap written beside it; then the
 * table of every area and level and of each region of {@code --regions}, the findings and the
 * sources.
 *
 * <p>As the vision report ({@link HtmlReport}): inline styles and SVG, no script, a
 * Content-Security-Policy that forbids every fetch, every text from the data escaped.
 */
final class AnalysisHtml {

  /** The most areas one chart shows; the table lists them all. */
  private static final int SHOWN = 25;
  private static final int WIDTH = 880;
  private static final int LABEL = 220;
  private static final int GAP_TEXT = 130;
  private static final int ROW = 24;
  private static final int TOP = 34;
  /** Colours of the target groups, in turn; told apart also by the legend's order. */
  private static final List<String> COLOURS = List.of("#3b82c4", "#e08a2c", "#6a9f3b",
      "#9b59b6", "#c2410c", "#17a2b8");

  private static final String STYLE = String.join("\n",
      "body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;margin:2rem auto;"
          + "max-width:62rem;padding:0 1rem;color:#1d2327;line-height:1.45}",
      "h2{margin-top:2.2rem;border-bottom:2px solid #dde3e8;padding-bottom:.2rem}",
      "svg.gap-chart{width:100%;max-width:" + WIDTH + "px;height:auto;background:#fbfcfd;"
          + "border:1px solid #dde3e8}",
      "svg text{font-size:12px;fill:#1d2327}.supply{stroke:#111;stroke-width:3}"
          + ".unknown{fill:#d5d9dd}.unknown-gap{fill:#57606a}"
          + ".shortage{fill:#8a1c1c;font-weight:600}"
          + ".surplus{fill:#14532d}",
      "table{border-collapse:collapse;width:100%;margin:.5rem 0 1rem;font-size:.9rem}",
      "th,td{text-align:left;padding:.25rem .5rem;border-bottom:1px solid #e3e7eb}"
          + "th{background:#f3f5f7}td.num{text-align:right;font-variant-numeric:tabular-nums}",
      ".note{color:#57606a;font-size:.9rem}");

  private final GapAnalysis analysis;
  private final Figures figures;
  private final NormalisedGap normalised;
  private final Lang lang;
  private final Analysis document;
  private final List<Region> regions;

  AnalysisHtml(GapAnalysis analysis, Analysis document, Figures figures,
      NormalisedGap normalised, List<Region> regions) {
    this.analysis = analysis;
    this.regions = regions;
    this.normalised = normalised;
    this.document = document;
    this.figures = figures;
    this.lang = figures.lang();
  }

  String render() {
    String title = lang.pick("Woonzorganalyse", "Housing-care analysis") + " "
        + analysis.year();
    StringBuilder html = new StringBuilder(32_768);
    html.append("<!DOCTYPE html>\n<html lang=\"").append(lang).append("\">\n<head>\n")
        .append("<meta charset=\"utf-8\">\n")
        .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none';"
            + " style-src 'unsafe-inline'\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>").append(escape(title)).append("</title>\n")
        .append("<style>\n").append(STYLE).append("\n</style>\n</head>\n<body>\n")
        .append("<h1>").append(escape(title)).append("</h1>\n<p>")
        .append(escape(document.getSummary().orElse(""))).append("</p>\n");
    for (SupplyCategory category : Figures.categories(analysis)) {
      html.append("<h2>").append(escape(figures.label(category))).append("</h2>\n");
      chart(html, category);
      table(html, category);
    }
    html.append("<p class=\"note\">").append(escape(figures.partialNote())).append("</p>\n");
    html.append("<h2>").append(lang.pick("Bevindingen", "Findings")).append("</h2>\n<ul>\n");
    for (AnalysisFinding finding : document.getFindings()) {
      html.append("<li>").append(escape(finding.getStatement())).append("</li>\n");
    }
    html.append("</ul>\n<h2>").append(lang.pick("Bronnen", "Sources")).append("</h2>\n<ul>\n");
    for (Source source : document.getSources()) {
      html.append("<li>").append(escape(source.getTitle()))
          .append(escape(source.getPublished().map(date -> " (" + date + ")").orElse("")))
          .append("</li>\n");
    }
    return html.append("</ul>\n</body>\n</html>\n").toString();
  }

  /** The areas of the analysis level with the largest known gap first, at most {@link #SHOWN}. */
  private List<GapRow> charted(SupplyCategory category) {
    return analysis.rows(analysis.level()).stream()
        .filter(row -> row.category().equals(category))
        .sorted(Comparator.comparing((GapRow row) -> row.gap().value().orElse(null),
                Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(GapRow::areaCode))
        .limit(SHOWN).toList();
  }

  private void chart(StringBuilder html, SupplyCategory category) {
    List<GapRow> rows = charted(category);
    List<TargetGroup> groups = new ArrayList<>(rows.isEmpty() ? List.of()
        : rows.get(0).demandByGroup().keySet());
    Fraction most = Fraction.ONE.max(mostOf(rows));
    int plot = WIDTH - LABEL - GAP_TEXT;
    int height = TOP + rows.size() * ROW + 10;
    html.append("<figure><svg class=\"gap-chart\" viewBox=\"0 0 ").append(WIDTH).append(' ')
        .append(height).append("\" role=\"img\" aria-label=\"")
        .append(escape(lang.pick("Opgave per gebied en doelgroep: ", "Gap per area and target"
            + " group: ") + figures.label(category))).append("\">\n");
    legend(html, groups);
    for (int index = 0; index < rows.size(); index++) {
      GapRow row = rows.get(index);
      int y = TOP + index * ROW;
      html.append("<text x=\"").append(LABEL - 6).append("\" y=\"").append(y + 15)
          .append("\" text-anchor=\"end\">").append(escape(shortName(row))).append("</text>\n");
      int x = LABEL;
      if (row.demand().value().isEmpty()) {
        html.append("<rect class=\"bar unknown\" x=\"").append(x).append("\" y=\"").append(y + 3)
            .append("\" width=\"").append(plot).append("\" height=\"").append(ROW - 6)
            .append("\"/>\n");
      }
      for (Map.Entry<TargetGroup, Amount> part : row.demandByGroup().entrySet()) {
        int width = scaled(part.getValue().value().orElse(Fraction.ZERO), most, plot);
        html.append("<rect class=\"bar demand\" x=\"").append(x).append("\" y=\"").append(y + 3)
            .append("\" width=\"").append(width).append("\" height=\"").append(ROW - 6)
            .append("\" fill=\"").append(colour(groups, part.getKey())).append("\"><title>")
            .append(escape(lang.label(part.getKey()) + ": " + figures.amount(part.getValue())))
            .append("</title></rect>\n");
        x += width;
      }
      row.supply().value().ifPresent(supply -> {
        int at = LABEL + scaled(supply, most, plot);
        html.append("<line class=\"supply\" x1=\"").append(at).append("\" x2=\"").append(at)
            .append("\" y1=\"").append(y + 1).append("\" y2=\"").append(y + ROW - 1)
            .append("\"><title>").append(escape(lang.pick("aanbod ", "supply ")
                + figures.amount(row.supply()))).append("</title></line>\n");
      });
      String kind = row.gap().value().map(gap -> gap.signum() > 0 ? "shortage" : "surplus")
          .orElse("unknown-gap");
      html.append("<text x=\"").append(WIDTH - GAP_TEXT + 8).append("\" y=\"").append(y + 15)
          .append("\" class=\"").append(kind).append("\">")
          .append(escape(gapText(row))).append("</text>\n");
    }
    html.append("</svg><figcaption class=\"note\">").append(escape(lang.pick(
        "Balk: vraag per doelgroep; zwarte streep: aanbod; rechts de opgave (tekort of"
            + " overschot). De " + SHOWN + " gebieden met het grootste tekort.",
        "Bar: demand per target group; black mark: supply; right: the gap (shortage or"
            + " surplus). The " + SHOWN + " areas with the largest shortage.")))
        .append("</figcaption></figure>\n");
  }

  /** The largest demand or supply of {@code rows}, the chart's full width. */
  private static Fraction mostOf(List<GapRow> rows) {
    Fraction most = Fraction.ZERO;
    for (GapRow row : rows) {
      most = most.max(row.demand().value().orElse(Fraction.ZERO))
          .max(row.supply().value().orElse(Fraction.ZERO));
    }
    return most;
  }

  private void legend(StringBuilder html, List<TargetGroup> groups) {
    int x = LABEL;
    for (TargetGroup group : groups) {
      html.append("<rect x=\"").append(x).append("\" y=\"8\" width=\"12\" height=\"12\" fill=\"")
          .append(colour(groups, group)).append("\"/><text x=\"").append(x + 16)
          .append("\" y=\"18\">").append(escape(lang.label(group))).append("</text>\n");
      x += 24 + 7 * lang.label(group).length();
    }
  }

  private String gapText(GapRow row) {
    if (row.gap().value().isEmpty()) {
      return figures.amount(row.gap());
    }
    Fraction gap = row.gap().value().get();
    String amount = figures.amount(gap.signum() < 0 ? row.supply().minus(row.demand()) : row.gap());
    return (gap.signum() > 0 ? lang.pick("tekort ", "shortage ")
        : gap.signum() < 0 ? lang.pick("overschot ", "surplus ") : "") + amount;
  }

  private String shortName(GapRow row) {
    String name = analysis.name(row.areaCode());
    String label = name.equals(row.areaCode()) ? name : name + " (" + row.areaCode() + ")";
    return label.length() > 34 ? label.substring(0, 33) + "…" : label;
  }

  private static String colour(List<TargetGroup> groups, TargetGroup group) {
    return COLOURS.get(groups.indexOf(group) % COLOURS.size());
  }

  private static int scaled(Fraction value, Fraction most, int plot) {
    return value.multiply(Fraction.of(plot)).divide(most).floor().intValueExact();
  }

  private void table(StringBuilder html, SupplyCategory category) {
    html.append("<table>\n<tr><th>").append(lang.pick("gebied", "area")).append("</th><th>")
        .append(lang.pick("vraag", "demand")).append("</th><th>")
        .append(lang.pick("aanbod", "supply")).append("</th><th>")
        .append(lang.pick("opgave", "gap")).append("</th><th>")
        .append(lang.pick("dekking", "coverage")).append("</th><th>")
        .append(escape(lang.pick("opgave ", "gap ") + normalised.label())).append("</th><th>")
        .append(lang.pick("index regio", "index region")).append("</th><th>")
        .append(lang.pick("index Nederland", "index Netherlands")).append("</th></tr>\n");
    for (GapRow row : Figures.today(analysis, category)) {
      String name = analysis.name(row.areaCode());
      row(html, (name.equals(row.areaCode()) ? "" : name + " ") + "(" + row.areaCode() + ", "
          + row.level().getCode().toLowerCase(Locale.ROOT) + ")", row,
          normalised.indexToRegion(row), normalised.indexToNetherlands(row));
    }
    // The regions of --regions, indexed against the Netherlands only: they lie in no other area.
    List<String> notes = new ArrayList<>();
    for (Region region : regions) {
      Figures.region(analysis, region, category).ifPresent(row -> {
        row(html, region.label() + " (" + lang.label(region.kind()) + ")", row,
            Optional.empty(), normalised.regionIndexToNetherlands(row));
        String lacking = figures.lacking(row);
        if (!lacking.isEmpty()) {
          notes.add("* " + region.label() + ": " + lacking);
        }
      });
    }
    html.append("</table>\n");
    notes.forEach(note -> html.append("<p class=\"note\">").append(escape(note))
        .append("</p>\n"));
  }

  /** A row of the table: the area as {@code label}, its amounts and the indexes given. */
  private void row(StringBuilder html, String label, GapRow row, Optional<Fraction> indexRegion,
      Optional<Fraction> indexNetherlands) {
    html.append("<tr><td>").append(escape(label)).append("</td>");
    for (String cell : List.of(figures.amount(row.demand()), figures.amount(row.supply()),
        figures.amount(row.gap()), figures.percent(row.coverage()),
        figures.number(normalised.gap(row)), figures.number(indexRegion),
        figures.number(indexNetherlands))) {
      html.append("<td class=\"num\">").append(escape(cell)).append("</td>");
    }
    html.append("</tr>\n");
  }
}
