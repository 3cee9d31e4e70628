package nl.woonzorg.report;

import static nl.woonzorg.report.Page.escape;
import static nl.woonzorg.report.Page.fmt;
import static nl.woonzorg.report.Page.meta;
import static nl.woonzorg.report.Page.text;

import java.math.RoundingMode;
import java.util.List;
import java.util.stream.Collectors;
import nl.woonzorg.analysis.monitor.AgreementProgress;
import nl.woonzorg.analysis.monitor.FiredWarning;
import nl.woonzorg.analysis.monitor.GoalProgress;
import nl.woonzorg.analysis.monitor.LevelProgress;
import nl.woonzorg.analysis.monitor.MonitorFinding;
import nl.woonzorg.analysis.monitor.Pipeline;
import nl.woonzorg.analysis.monitor.VisionMonitor;
import nl.woonzorg.analysis.number.Fraction;
import nl.woonzorg.analysis.pace.BacklogSeries;
import nl.woonzorg.analysis.pace.Direction;
import nl.woonzorg.analysis.pace.PeriodOutcome;
import nl.woonzorg.analysis.regional.ComparisonRow;
import nl.woonzorg.analysis.regional.RegionalComparison;
import nl.woonzorg.analysis.regional.RegionalMonitor;
import nl.woonzorg.model.monitoring.Measurement;
import nl.woonzorg.model.time.PartialDate;
import org.jspecify.annotations.Nullable;

/**
 * The monitor as one self-contained page: per vision each goal with its status badge, its
 * figures, its chart and the warnings fired on its indicators, each agreement with jaarschijven
 * the same way with its jaarschijven, then the vision's findings; and
 * for a region a comparison table and small multiples per indicator. Same input, same bytes.
 */
final class MonitorPage {

  private static final Fraction HUNDRED = Fraction.of(100);
  private static final int SMALL_WIDTH = 240;
  private static final int SMALL_ROW = 18;

  private final Texts texts;
  private final ProgressChart chart;

  MonitorPage(Texts texts) {
    this.texts = texts;
    this.chart = new ProgressChart(texts);
  }

  String render(List<VisionMonitor> monitors, @Nullable RegionalMonitor region) {
    StringBuilder html = new StringBuilder(32_768);
    String title = texts.pick("Monitor", "Monitor") + " " + monitors.stream()
        .map(monitor -> monitor.vision().getArea().getName()).collect(Collectors.joining(", "));
    Page.head(html, texts, title);
    html.append("<header>\n<h1>").append(escape(title)).append("</h1>\n<p class=\"note\">")
        .append(escape(texts.pick("Stand per ", "As of ")))
        .append(monitors.isEmpty() ? "" : monitors.get(0).asOf()).append("</p>\n</header>\n");
    for (VisionMonitor monitor : monitors) {
      vision(html, monitor);
    }
    if (region != null) {
      region(html, region);
    }
    Page.foot(html, texts);
    return html.toString();
  }

  private void vision(StringBuilder html, VisionMonitor monitor) {
    html.append("<section>\n<h2>").append(escape(monitor.vision().getTitle())).append("</h2>\n");
    for (GoalProgress progress : monitor.goals()) {
      goal(html, progress, monitor);
    }
    for (AgreementProgress progress : monitor.agreements()) {
      agreement(html, progress);
    }
    findings(html, monitor.findings());
    html.append("</section>\n");
  }

  private void goal(StringBuilder html, GoalProgress progress, VisionMonitor monitor) {
    List<FiredWarning> fired = monitor.firedWarnings();
    heading(html, progress.goal().getTitle(), progress);
    progress.pipeline().ifPresent(pipeline -> meta(html, texts.pick("Pijplijn", "Pipeline"),
        pipeline(pipeline)));
    html.append("</dl>\n");
    chart.render(html, progress, progress.goal().getTitle());
    monitor.periods(progress.goal().getId()).ifPresent(periods -> periods(html,
        periods.periods().stream().map(target -> period(target.period())).toList(),
        periods.backlog(), periods.missedForFinding()));
    List<FiredWarning> own = fired.stream()
        .filter(warning -> progress.goal().getIndicatorId()
            .map(warning.threshold().getIndicatorId()::equals).orElse(false))
        .toList();
    for (FiredWarning warning : own) {
      html.append("<p class=\"WARNING\">").append(escape(texts.pick("Signaal: ", "Warning: ")
          + warning.threshold().getDescription().orElse(warning.threshold().getIndicatorId())
          + " — " + measured(warning.measurement()))).append("</p>\n");
    }
    html.append("</article>\n");
  }

  /** An agreement as a goal is shown, with its jaarschijven in place of periods. */
  private void agreement(StringBuilder html, AgreementProgress progress) {
    String title = texts.pick("Afspraak: ", "Agreement: ") + progress.agreement().getTitle();
    heading(html, title, progress);
    html.append("</dl>\n");
    chart.render(html, progress, title);
    periods(html, progress.backlog().outcomes().stream().map(outcome -> texts.pick(
        "jaarschijf ", "year slice ") + outcome.period().label()).toList(), progress.backlog(),
        progress.missedForFinding());
    html.append("</article>\n");
  }

  /**
   * Opens the article of a goal or an agreement: its title, status badge and the figures both
   * have, in a list the caller closes.
   */
  private void heading(StringBuilder html, String title, LevelProgress progress) {
    html.append("<article>\n<h3>").append(escape(title)).append("</h3>\n")
        .append("<p class=\"badge ").append(progress.status().getCode()).append("\">")
        .append(escape(texts.label(progress.status())))
        .append(progress.reason().map(reason -> ": " + escape(texts.label(reason))).orElse(""))
        .append("</p>\n<dl class=\"meta\">\n");
    progress.latest().ifPresent(latest -> meta(html, texts.pick("Gerealiseerd", "Realised"),
        texts.number(latest.value()) + progress.target().map(target -> " / "
            + texts.number(target)).orElse("") + (progress.direction() == Direction.DOWN
            ? " (" + texts.label(Direction.DOWN) + ")" : "") + progress.share().map(share -> " ("
            + texts.number(share.multiply(HUNDRED)) + " %)").orElse("") + ", "
            + texts.pick("stand ", "level of ") + latest.year()));
    progress.requiredPace().ifPresent(required -> meta(html,
        texts.pick("Benodigd tempo", "Required pace"), texts.number(required.pace())
            + texts.pick(" per jaar, ", " a year, ") + required.periodsLeft()
            + texts.pick(" jaar te gaan", " years to go")));
    progress.realisedPace().ifPresent(realised -> meta(html,
        texts.pick("Gerealiseerd tempo", "Realised pace"), texts.number(realised.pace())
            + texts.pick(" per jaar sinds ", " a year since ")
            + progress.windowStart().orElseThrow().year()));
    progress.comparison().flatMap(c -> c.ratio()).ifPresent(ratio -> meta(html,
        texts.pick("Verhouding", "Ratio"), texts.number(ratio.multiply(HUNDRED)) + " %"));
    progress.realisedPace().ifPresent(realised -> meta(html,
        texts.pick("Prognose doel bereikt", "Projected to reach target"),
        progress.projectedYear().map(texts::year)
            .orElse(texts.pick("nooit bij dit tempo", "never at this pace"))));
  }

  /**
   * The verdict of each ended period (a half year of a goal, a jaarschijf of an agreement), with
   * the backlog carried from one into the next.
   */
  private void periods(StringBuilder html, List<String> labels, BacklogSeries backlog,
      int missedForFinding) {
    html.append("<div class=\"scroll\"><table class=\"periods\">\n<tr><th>")
        .append(escape(texts.pick("Periode", "Period"))).append("</th><th>")
        .append(escape(texts.pick("Eigen doel", "Own target"))).append("</th><th>")
        .append(escape(texts.pick("Achterstand vooraf", "Backlog before"))).append("</th><th>")
        .append(escape(texts.pick("Te halen", "To realise"))).append("</th><th>")
        .append(escape(texts.pick("Gerealiseerd", "Realised"))).append("</th><th>")
        .append(escape(texts.pick("Achterstand na", "Backlog after"))).append("</th><th>")
        .append(escape(texts.pick("Oordeel", "Verdict"))).append("</th></tr>\n");
    List<PeriodOutcome> outcomes = backlog.outcomes();
    for (int i = 0; i < outcomes.size(); i++) {
      PeriodOutcome outcome = outcomes.get(i);
      html.append("<tr><td>").append(escape(labels.get(i)))
          .append("</td>").append(cell(outcome.period().target()))
          .append(cell(outcome.previousBacklog())).append(cell(outcome.effectiveTarget()))
          .append(cell(outcome.period().realised())).append(cell(outcome.backlog()))
          .append("<td class=\"").append(outcome.missed() ? "BEHIND" : "ON_TRACK").append("\">")
          .append(escape(outcome.missed() ? texts.pick("gemist", "missed")
              : texts.pick("gehaald", "met"))).append("</td></tr>\n");
    }
    html.append("</table></div>\n<p class=\"note\">").append(escape(outcomes.isEmpty()
        ? texts.pick("Nog geen periode afgelopen.", "No period has ended yet.")
        : texts.pick(backlog.consecutiveMissed() + " op rij gemist; een bevinding vanaf ",
            backlog.consecutiveMissed() + " missed in a row; a finding from ")
            + missedForFinding + ".")).append("</p>\n");
  }

  /** A period as people write it: {@code eerste helft 2024}, {@code 2024}. */
  private String period(PartialDate period) {
    return period.getPart().map(part -> texts.label(part) + " " + period.getYear())
        .orElseGet(period::toString);
  }

  private String pipeline(Pipeline pipeline) {
    return texts.number(pipeline.planned()) + texts.pick(" gepland, ", " planned, ")
        + texts.number(pipeline.unbuilt()) + texts.pick(" nog niet gebouwd; na ",
            " not yet built; after ") + texts.number(pipeline.failureRate().multiply(HUNDRED))
        + texts.pick(" % planuitval verwacht ", " % plan failure expected ")
        + texts.number(pipeline.expected()) + texts.pick(", los van de gebouwde ",
            ", apart from the built ") + texts.number(pipeline.built());
  }

  private String measured(Measurement measurement) {
    return measurement.getValue().toPlainString() + texts.pick(" op ", " on ")
        + measurement.getReferenceDate()
        + measurement.getSource().map(source -> " (" + source + ")").orElse("");
  }

  private void findings(StringBuilder html, List<MonitorFinding> findings) {
    html.append("<h3>").append(escape(texts.pick("Bevindingen", "Findings"))).append(" (")
        .append(findings.size()).append(")</h3>\n");
    if (findings.isEmpty()) {
      html.append("<p>").append(escape(texts.pick("Geen bevindingen.", "No findings.")))
          .append("</p>\n");
      return;
    }
    html.append("<div class=\"scroll\"><table>\n<tr><th>")
        .append(escape(texts.pick("Soort", "Kind"))).append("</th><th>")
        .append(escape(texts.pick("Betreft", "Subject"))).append("</th><th>")
        .append(escape(texts.pick("Datum", "Date"))).append("</th><th>")
        .append(escape(texts.pick("Metingen", "Measurements"))).append("</th></tr>\n");
    for (MonitorFinding finding : findings) {
      html.append("<tr><td class=\"WARNING\">").append(escape(texts.label(finding.kind())))
          .append("</td><td><code>").append(escape(finding.subjectId())).append("</code></td><td>")
          .append(finding.date().map(Object::toString).orElse("—")).append("</td><td>")
          .append(escape(finding.measurements().stream().map(this::measured)
              .collect(Collectors.joining("; ")))).append("</td></tr>\n");
    }
    html.append("</table></div>\n");
  }

  private void region(StringBuilder html, RegionalMonitor region) {
    html.append("<section>\n<h2>").append(escape(texts.pick("Regio", "Region")
        + region.region().map(named -> ": " + area(region, named.name()) + " ("
            + texts.label(named.kind())
            + ", " + named.municipalities().size() + texts.pick(" gemeenten)", " municipalities)"))
            .orElse(""))).append("</h2>\n");
    for (RegionalComparison comparison : region.comparisons()) {
      html.append("<h3><code>").append(escape(comparison.indicatorId())).append("</code>, ")
          .append(escape(texts.label(comparison.normalisation())
              + (comparison.direction() == Direction.DOWN
                  ? texts.pick(", minder is beter", ", less is better") : "")))
          .append("</h3>\n")
          .append("<div class=\"scroll\"><table>\n<tr><th>#</th><th>")
          .append(escape(texts.pick("Gebied", "Area"))).append("</th><th>")
          .append(escape(texts.pick("Waarde", "Value"))).append("</th><th>")
          .append(escape(texts.label(comparison.normalisation()))).append("</th><th>")
          .append(escape(texts.pick("Index (regio = 100)", "Index (region = 100)")))
          .append("</th>");
      boolean national = comparison.national().isPresent();
      if (national) {
        html.append("<th>").append(escape(texts.pick("Index (NL = 100)", "Index (NL = 100)")))
            .append("</th>");
      }
      html.append("</tr>\n");
      for (ComparisonRow row : comparison.rows()) {
        html.append("<tr><td class=\"num\">").append(row.rank() == 0 ? "—" : row.rank())
            .append("</td><td>").append(escape(area(region, row.figure().area()))).append("</td>")
            .append(cell(row.figure().value())).append(cell(row.normalised().orElse(null)))
            .append(cell(row.index().orElse(null)))
            .append(national ? cell(row.nationalIndex().orElse(null)) : "").append("</tr>\n");
      }
      html.append("</table></div>\n<p>").append(escape(texts.pick("Regionaal totaal ",
          "Regional total ") + texts.number(comparison.total()) + comparison.target()
              .map(target -> texts.pick(" van doel ", " of target ") + texts.number(target)
                  + comparison.targetShare().map(share -> " (" + texts.number(
                      share.multiply(HUNDRED)) + " %)").orElse("")).orElse("")))
          .append("</p>\n");
    }
    smallMultiples(html, region);
    html.append("</section>\n");
  }

  /**
   * An area as {@code Name (CODE)} where the bundled CBS list or a vision names it, else its
   * code; a region from a file, named by its name, as that name.
   */
  private static String area(RegionalMonitor region, String code) {
    return region.name(code).map(name -> name + " (" + code + ")").orElse(code);
  }

  private String cell(@Nullable Fraction value) {
    return "<td class=\"num\">" + (value == null ? "—" : escape(texts.number(value))) + "</td>";
  }

  /** One small bar chart per indicator, each area's normalised figure against the region's. */
  private void smallMultiples(StringBuilder html, RegionalMonitor region) {
    html.append("<div class=\"multiples\">\n");
    for (RegionalComparison comparison : region.comparisons()) {
      List<ComparisonRow> rows = comparison.rows().stream()
          .filter(row -> row.normalised().isPresent()).toList();
      double max = Page.niceCeiling(rows.stream()
          .mapToDouble(row -> value(row.normalised().orElseThrow())).max().orElse(0));
      int height = SMALL_ROW * rows.size() + 8;
      html.append("<figure>\n<svg class=\"chart small\" viewBox=\"0 0 ").append(SMALL_WIDTH)
          .append(' ').append(height).append("\" role=\"img\" aria-label=\"")
          .append(escape(comparison.indicatorId())).append("\">\n");
      for (int i = 0; i < rows.size(); i++) {
        ComparisonRow row = rows.get(i);
        double width = (SMALL_WIDTH - 90) * value(row.normalised().orElseThrow()) / max;
        double y = 4 + SMALL_ROW * i;
        html.append(text(84, y + 12, "end", null, row.figure().area()))
            .append("<rect class=\"bar\" x=\"88\" y=\"").append(fmt(y + 2))
            .append("\" width=\"").append(fmt(width)).append("\" height=\"")
            .append(SMALL_ROW - 6).append("\"/>\n");
      }
      comparison.regional().ifPresent(regional -> {
        double x = 88 + (SMALL_WIDTH - 90) * value(regional) / max;
        html.append(Page.line("target", x, 0, x, height));
      });
      html.append("</svg>\n<figcaption class=\"note\">").append(escape(
          comparison.indicatorId() + ", " + texts.label(comparison.normalisation())))
          .append("</figcaption>\n</figure>\n");
    }
    html.append("</div>\n");
  }

  private static double value(Fraction fraction) {
    return fraction.toBigDecimal(6, RoundingMode.HALF_UP).doubleValue();
  }
}
