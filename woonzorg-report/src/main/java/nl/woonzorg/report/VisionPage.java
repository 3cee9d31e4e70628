package nl.woonzorg.report;

import static nl.woonzorg.report.Page.BOTTOM;
import static nl.woonzorg.report.Page.HEIGHT;
import static nl.woonzorg.report.Page.LEFT;
import static nl.woonzorg.report.Page.RIGHT;
import static nl.woonzorg.report.Page.TOP;
import static nl.woonzorg.report.Page.WIDTH;
import static nl.woonzorg.report.Page.escape;
import static nl.woonzorg.report.Page.fmt;
import static nl.woonzorg.report.Page.line;
import static nl.woonzorg.report.Page.meta;
import static nl.woonzorg.report.Page.text;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.woonzorg.analysis.progress.GoalSeries;
import nl.woonzorg.model.HousingCareVision;
import nl.woonzorg.model.goal.Goal;
import nl.woonzorg.model.monitoring.Measurement;
import nl.woonzorg.model.monitoring.Monitoring;
import nl.woonzorg.model.phase.Phase;
import nl.woonzorg.model.phase.PhaseEntry;
import nl.woonzorg.model.quantity.Quantity;
import nl.woonzorg.model.report.Finding;
import nl.woonzorg.model.report.Report;
import nl.woonzorg.model.report.Severity;
import nl.woonzorg.model.time.Deadline;
import nl.woonzorg.model.time.YearPeriod;
import org.jspecify.annotations.Nullable;

/**
 * Renders a vision and its validation report as one self-contained HTML page for people: the
 * verdict, the progress through the five phases, each goal's target against its monitoring
 * measurements as an inline SVG chart, and the findings grouped by phase and severity.
 *
 * <p>The page needs nothing outside itself: styles are inline, charts are SVG in the page, there
 * is no script, and its Content-Security-Policy forbids every fetch. Every text from the data is
 * escaped. The same input gives the same bytes.
 */
final class VisionPage {

  private final Texts lang;

  VisionPage(Texts lang) {
    this.lang = lang;
  }

  /** The page for {@code vision}, whose validation in {@code profile} gave {@code report}. */
  String render(HousingCareVision vision, Report report, String profile) {
    StringBuilder html = new StringBuilder(16_384);
    Page.head(html, lang, vision.getTitle());
    header(html, vision, report, profile);
    Map<Optional<Phase>, List<Finding>> byPhase = byPhase(report);
    phases(html, vision, byPhase);
    goals(html, vision);
    findings(html, report, byPhase);
    Page.foot(html, lang);
    return html.toString();
  }

  private void header(StringBuilder html, HousingCareVision vision, Report report,
      String profile) {
    html.append("<header>\n<h1>").append(escape(vision.getTitle())).append("</h1>\n")
        .append("<p class=\"verdict ").append(report.verdict().getCode()).append("\">")
        .append(escape(lang.label(report.verdict()))).append("</p>\n")
        .append("<dl class=\"meta\">\n");
    meta(html, lang.pick("Gebied", "Area"), vision.getArea().getName());
    vision.getPeriod().ifPresent(period -> meta(html, lang.pick("Periode", "Period"),
        period.getFromYear() + "–" + period.getToYear()));
    meta(html, lang.pick("Status", "Status"), lang.label(vision.getStatus()));
    vision.getAdoptedOn().ifPresent(date ->
        meta(html, lang.pick("Vastgesteld op", "Adopted on"), date.toString()));
    meta(html, lang.pick("Huidige fase", "Current phase"), lang.label(vision.getCurrentPhase()));
    meta(html, lang.pick("Getoetst met profiel", "Checked with profile"),
        profile);
    meta(html, lang.pick("Bevindingen", "Findings"), lang.counts(report));
    html.append("</dl>\n</header>\n");
  }

  /** The five phases, each marked done, current, skipped or still to come, with its dates. */
  void phases(StringBuilder html, HousingCareVision vision,
      Map<Optional<Phase>, List<Finding>> byPhase) {
    Map<Phase, PhaseEntry> latest = new EnumMap<>(Phase.class);
    vision.getPhaseHistory().forEach(entry -> latest.put(entry.getPhase(), entry));
    html.append("<section>\n<h2>").append(escape(lang.pick("Fasen", "Phases")))
        .append("</h2>\n<ol class=\"phases\">\n");
    for (Phase phase : Phase.values()) {
      PhaseEntry entry = latest.get(phase);
      String state = phaseState(vision, phase, entry);
      html.append("<li class=\"").append(state).append("\"><strong>")
          .append(escape(lang.label(phase))).append("</strong><span>")
          .append(escape(stateLabel(state))).append("</span>");
      if (entry != null) {
        html.append("<span>").append(entry.getStartDate())
            .append(entry.getEndDate().map(end -> " – " + end).orElse(""))
            .append("</span>");
      }
      int count = byPhase.getOrDefault(Optional.of(phase), List.of()).size();
      html.append("<span>").append(count).append(' ')
          .append(escape(lang.pick("bevindingen", "findings"))).append("</span></li>\n");
    }
    html.append("</ol>\n</section>\n");
  }

  private static String phaseState(HousingCareVision vision, Phase phase,
      @Nullable PhaseEntry entry) {
    if (phase == vision.getCurrentPhase()) {
      return "current";
    }
    if (entry == null) {
      return "upcoming";
    }
    return entry.getSkipReason().isPresent() ? "skipped" : "done";
  }

  private String stateLabel(String state) {
    switch (state) {
      case "current":
        return lang.pick("huidige fase", "current phase");
      case "done":
        return lang.pick("doorlopen", "completed");
      case "skipped":
        return lang.pick("overgeslagen", "skipped");
      default:
        return lang.pick("nog niet begonnen", "not started");
    }
  }

  /** Each goal with its target, and its chart when it has one. */
  void goals(StringBuilder html, HousingCareVision vision) {
    html.append("<section>\n<h2>").append(escape(lang.pick("Doelen en monitoring",
        "Goals and monitoring"))).append("</h2>\n");
    if (vision.getGoals().isEmpty()) {
      html.append("<p class=\"note\">").append(escape(lang.pick("Geen doelen.", "No goals.")))
          .append("</p>\n");
    }
    Monitoring monitoring = vision.getMonitoring().orElseGet(() -> Monitoring.builder().build());
    for (Goal goal : vision.getGoals()) {
      html.append("<article>\n<h3>").append(escape(goal.getTitle())).append("</h3>\n<p>");
      goal.getTarget().ifPresentOrElse(
          target -> html.append(escape(lang.pick("Doel: ", "Target: ") + quantity(target)
              + goal.getDeadline().map(deadline -> lang.pick(" uiterlijk ", " by ")
                  + deadline.lastDay()).orElse(""))),
          () -> html.append(escape(lang.pick("Geen streefwaarde.", "No target."))));
      html.append("</p>\n");
      List<Measurement> measurements = GoalSeries.of(goal, monitoring).measurements();
      goal.getTarget().ifPresent(target -> chart(html, vision, goal, target, measurements));
      measurementTable(html, measurements);
      html.append("</article>\n");
    }
    html.append("</section>\n");
  }

  /**
   * A bar per measurement against a dashed line at the target, over the years from the vision's
   * start (or the first measurement) to the goal's deadline (or the last measurement).
   */
  private void chart(StringBuilder html, HousingCareVision vision, Goal goal, Quantity target,
      List<Measurement> measurements) {
    // Without a period or a deadline, the measurements alone span the chart.
    int firstYear = vision.getPeriod().map(YearPeriod::getFromYear).orElse(Integer.MAX_VALUE);
    int lastYear = goal.getDeadline().map(Deadline::deadlineYear)
        .or(() -> vision.getPeriod().map(YearPeriod::getToYear)).orElse(Integer.MIN_VALUE);
    for (Measurement measurement : measurements) {
      firstYear = Math.min(firstYear, measurement.getReferenceDate().getYear());
      lastYear = Math.max(lastYear, measurement.getReferenceDate().getYear());
    }
    if (firstYear == Integer.MAX_VALUE && lastYear == Integer.MIN_VALUE) {
      return;
    }
    firstYear = Math.min(firstYear, lastYear);
    lastYear = Math.max(lastYear, firstYear);
    BigDecimal top = target.getValue();
    for (Measurement measurement : measurements) {
      top = top.max(measurement.getValue());
    }
    double max = Page.niceCeiling(top.doubleValue());
    int years = lastYear - firstYear + 1;
    double slot = (WIDTH - LEFT - RIGHT) / (double) years;
    double plotHeight = HEIGHT - TOP - BOTTOM;

    String description = lang.pick("Doel ", "Target ") + quantity(target) + "; "
        + (measurements.isEmpty() ? lang.pick("nog geen metingen", "no measurements yet")
            : measurements.size() + lang.pick(" metingen", " measurements"));
    html.append("<figure>\n<svg class=\"chart\" viewBox=\"0 0 ").append(WIDTH).append(' ')
        .append(HEIGHT).append("\" role=\"img\" aria-label=\"").append(escape(description))
        .append("\">\n<title>").append(escape(goal.getTitle() + ": " + description))
        .append("</title>\n");
    for (int i = 0; i <= 4; i++) {
      double value = max * i / 4;
      double y = TOP + plotHeight - plotHeight * i / 4;
      html.append(line("grid", LEFT, y, WIDTH - RIGHT, y))
          .append(text(LEFT - 6, y + 4, "end", null, number(value)));
    }
    html.append(line("axis", LEFT, TOP, LEFT, TOP + plotHeight))
        .append(line("axis", LEFT, TOP + plotHeight, WIDTH - RIGHT, TOP + plotHeight));
    for (int year = firstYear; year <= lastYear; year++) {
      double x = LEFT + slot * (year - firstYear) + slot / 2;
      html.append(text(x, HEIGHT - BOTTOM + 18, "middle", null, Integer.toString(year)));
    }
    double barWidth = Math.min(36, slot * 0.6);
    for (Measurement measurement : measurements) {
      int year = measurement.getReferenceDate().getYear();
      double x = LEFT + slot * (year - firstYear) + (slot - barWidth) / 2;
      double height = plotHeight * measurement.getValue().doubleValue() / max;
      double y = TOP + plotHeight - height;
      html.append("<rect class=\"bar\" x=\"").append(fmt(x)).append("\" y=\"").append(fmt(y))
          .append("\" width=\"").append(fmt(barWidth)).append("\" height=\"")
          .append(fmt(height)).append("\"><title>")
          .append(escape(measurement.getReferenceDate() + ": "
              + number(measurement.getValue().doubleValue())))
          .append("</title></rect>\n")
          .append(text(x + barWidth / 2, y - 5, "middle", null,
              number(measurement.getValue().doubleValue())));
    }
    double targetY = TOP + plotHeight - plotHeight * target.getValue().doubleValue() / max;
    html.append(line("target", LEFT, targetY, WIDTH - RIGHT, targetY))
        .append(text(WIDTH - RIGHT - 4, targetY - 6, "end", "target-label",
            lang.pick("doel ", "target ") + number(target.getValue().doubleValue())));
    html.append("</svg>\n<figcaption class=\"note\">").append(escape(description))
        .append("</figcaption>\n</figure>\n");
  }

  void measurementTable(StringBuilder html, List<Measurement> measurements) {
    if (measurements.isEmpty()) {
      html.append("<p class=\"note\">").append(escape(lang.pick("Nog geen metingen.",
          "No measurements yet."))).append("</p>\n");
      return;
    }
    html.append("<table>\n<tr><th>").append(escape(lang.pick("Peildatum", "Reference date")))
        .append("</th><th>").append(escape(lang.pick("Waarde", "Value"))).append("</th><th>")
        .append(escape(lang.pick("Bron", "Source"))).append("</th></tr>\n");
    for (Measurement measurement : measurements) {
      html.append("<tr><td>").append(measurement.getReferenceDate())
          .append("</td><td class=\"num\">")
          .append(escape(number(measurement.getValue().doubleValue()))).append("</td><td>")
          .append(escape(measurement.getSource().orElse("—"))).append("</td></tr>\n");
    }
    html.append("</table>\n");
  }

  /** The findings by phase (then "general"), and within each by severity, most severe first. */
  void findings(StringBuilder html, Report report,
      Map<Optional<Phase>, List<Finding>> byPhase) {
    html.append("<section>\n<h2>").append(escape(lang.pick("Bevindingen", "Findings")))
        .append("</h2>\n");
    if (report.getFindings().isEmpty()) {
      html.append("<p>").append(escape(lang.pick("Geen bevindingen.", "No findings.")))
          .append("</p>\n");
    }
    List<Optional<Phase>> groups = new ArrayList<>();
    for (Phase phase : Phase.values()) {
      groups.add(Optional.of(phase));
    }
    groups.add(Optional.empty());
    for (Optional<Phase> group : groups) {
      List<Finding> findings = byPhase.getOrDefault(group, List.of());
      if (findings.isEmpty()) {
        continue;
      }
      html.append("<h3>").append(escape(group.map(lang::label)
          .orElse(lang.pick("Algemeen", "General")))).append("</h3>\n");
      for (Severity severity : Severity.values()) {
        List<Finding> ofSeverity =
            findings.stream().filter(finding -> finding.getSeverity() == severity).toList();
        if (!ofSeverity.isEmpty()) {
          findingTable(html, severity, ofSeverity);
        }
      }
    }
    html.append("</section>\n");
  }

  private void findingTable(StringBuilder html, Severity severity, List<Finding> findings) {
    html.append("<h4 class=\"").append(severity.getCode()).append("\">")
        .append(escape(lang.label(severity))).append(" (").append(findings.size())
        .append(")</h4>\n<table>\n<tr><th>").append(escape(lang.pick("Regel", "Rule")))
        .append("</th><th>").append(escape(lang.pick("Plaats", "Location"))).append("</th><th>")
        .append(escape(lang.pick("Melding", "Message"))).append("</th></tr>\n");
    for (Finding finding : findings) {
      html.append("<tr><td><code>").append(escape(finding.getRuleId())).append("</code></td><td>")
          .append("<code>").append(escape(finding.getLocation().toString()))
          .append("</code></td><td>").append(escape(finding.getMessage()));
      finding.getHint().ifPresent(hint ->
          html.append("<br><span class=\"note\">").append(escape(hint)).append("</span>"));
      html.append("</td></tr>\n");
    }
    html.append("</table>\n");
  }

  /**
   * The findings per phase, told by the part of the vision they point into: analysis, vision,
   * agreements, programme or monitoring. Findings about the vision as a whole (its id, parties,
   * phase history) belong to no phase.
   */
  static Map<Optional<Phase>, List<Finding>> byPhase(Report report) {
    Map<Optional<Phase>, List<Finding>> groups = new HashMap<>();
    for (Finding finding : report.getFindings()) {
      groups.computeIfAbsent(phaseOf(finding), key -> new ArrayList<>()).add(finding);
    }
    return groups;
  }

  private static Optional<Phase> phaseOf(Finding finding) {
    List<String> tokens = finding.getLocation().tokens();
    String first = tokens.isEmpty() ? "" : tokens.get(0);
    switch (first) {
      case "analysis":
        return Optional.of(Phase.ANALYSE);
      case "vision":
      case "ambitions":
      case "goals":
        return Optional.of(Phase.VISIE);
      case "agreements":
      case "cooperation":
        return Optional.of(Phase.AFSPRAKEN);
      case "programme":
        return Optional.of(Phase.UITVOERING);
      case "monitoring":
        return Optional.of(Phase.BORGING);
      default:
        return Optional.empty();
    }
  }

  String quantity(Quantity quantity) {
    return number(quantity.getValue().doubleValue()) + " " + lang.label(quantity.getUnit());
  }

  String number(double value) {
    return lang.number(value);
  }
}
