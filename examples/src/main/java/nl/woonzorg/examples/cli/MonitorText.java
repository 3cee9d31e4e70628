package nl.woonzorg.examples.cli;

import java.math.RoundingMode;
import java.util.List;
import nl.woonzorg.analysis.monitor.GoalProgress;
import nl.woonzorg.analysis.monitor.MonitorFinding;
import nl.woonzorg.analysis.monitor.PeriodicProgress;
import nl.woonzorg.analysis.monitor.VisionMonitor;
import nl.woonzorg.analysis.number.Fraction;
import nl.woonzorg.analysis.pace.Direction;
import nl.woonzorg.analysis.pace.PeriodOutcome;
import nl.woonzorg.model.time.PartialDate;

/** The monitor as plain text for a terminal: per vision each goal's figures, then findings. */
final class MonitorText {

  private final Lang lang;

  MonitorText(Lang lang) {
    this.lang = lang;
  }

  String render(List<VisionMonitor> monitors) {
    StringBuilder text = new StringBuilder();
    for (VisionMonitor monitor : monitors) {
      text.append(monitor.vision().getTitle()).append(lang.pick(" — stand per ", " — as of "))
          .append(monitor.asOf()).append('\n');
      monitor.goals().forEach(progress -> {
        goal(text, progress);
        monitor.periods(progress.goal().getId()).ifPresent(periods -> periods(text, periods));
      });
      List<MonitorFinding> findings = monitor.findings();
      text.append(lang.pick("bevindingen: ", "findings: ")).append(findings.size()).append('\n');
      findings.forEach(finding -> text.append("  ").append(lang.label(finding.kind()))
          .append(": ").append(finding.subjectId())
          .append(finding.date().map(date -> lang.pick(" op ", " on ") + date).orElse(""))
          .append('\n'));
    }
    return text.toString();
  }

  private void goal(StringBuilder text, GoalProgress progress) {
    text.append("  ").append(progress.goal().getId()).append(": ")
        .append(lang.label(progress.status()))
        .append(progress.reason().map(reason -> " (" + lang.label(reason) + ")").orElse(""))
        .append('\n');
    progress.latest().ifPresent(latest -> line(text, lang.pick("gerealiseerd", "realised"),
        figure(latest.value()) + progress.target().map(target -> " / " + figure(target))
            .orElse("") + down(progress) + progress.share().map(share -> " = " + figure(share)).orElse("")
            + " (" + latest.year() + ")"));
    progress.requiredPace().ifPresent(required ->
        line(text, lang.pick("benodigd tempo", "required pace"), required.toString()));
    progress.realisedPace().ifPresent(realised -> line(text,
        lang.pick("gerealiseerd tempo", "realised pace"), realised + lang.pick(" sinds ", " since ")
            + progress.windowStart().orElseThrow().year()));
    progress.comparison().flatMap(c -> c.ratio()).ifPresent(ratio ->
        line(text, lang.pick("verhouding", "ratio"), figure(ratio)));
    progress.realisedPace().ifPresent(realised -> line(text, lang.pick("prognose", "projected"),
        progress.projectedYear().map(MonitorText::figure)
            .orElse(lang.pick("nooit bij dit tempo", "never at this pace"))));
    progress.pipeline().ifPresent(pipeline -> line(text, lang.pick("pijplijn", "pipeline"),
        lang.pick("gepland ", "planned ") + figure(pipeline.planned())
            + lang.pick(", niet gebouwd ", ", unbuilt ") + figure(pipeline.unbuilt())
            + lang.pick(", verwacht na planuitval ", ", expected after plan failure ")
            + figure(pipeline.expected())));
  }

  /**
   * One line per ended period: {@code eerste helft 2024: 30 + 0 = 30, gerealiseerd 25,
   * achterstand 5 (gemist)}.
   */
  private void periods(StringBuilder text, PeriodicProgress periods) {
    for (int i = 0; i < periods.periods().size(); i++) {
      PartialDate period = periods.periods().get(i).period();
      PeriodOutcome outcome = periods.backlog().outcomes().get(i);
      line(text, period.getPart().map(part -> lang.label(part) + " " + period.getYear())
              .orElseGet(period::toString),
          figure(outcome.period().target()) + " + " + figure(outcome.previousBacklog()) + " = "
              + figure(outcome.effectiveTarget()) + lang.pick(", gerealiseerd ", ", realised ")
              + figure(outcome.period().realised()) + lang.pick(", achterstand ", ", backlog ")
              + figure(outcome.backlog()) + " (" + (outcome.missed()
                  ? lang.pick("gemist", "missed") : lang.pick("gehaald", "met")) + ")");
    }
  }

  /** " (aflopend)" after the target of a goal that counts down, whose paces are below zero. */
  private String down(GoalProgress progress) {
    return progress.direction() == Direction.DOWN ? " (" + lang.label(Direction.DOWN) + ")" : "";
  }

  private static void line(StringBuilder text, String term, String value) {
    text.append("    ").append(term).append(": ").append(value).append('\n');
  }

  /** A fraction as people read it: at most two decimals, and the exact value when it differs. */
  static String figure(Fraction value) {
    String decimal = value.toBigDecimal(2, RoundingMode.HALF_UP).stripTrailingZeros()
        .toPlainString();
    return value.isWhole() ? decimal : decimal + " (" + value.toMixedString() + ")";
  }
}
