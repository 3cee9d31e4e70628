package nl.woonzorg.examples.cli;

import java.math.RoundingMode;
import java.util.List;
import nl.woonzorg.analysis.monitor.GoalProgress;
import nl.woonzorg.analysis.monitor.LevelProgress;
import nl.woonzorg.analysis.monitor.MonitorFinding;
import nl.woonzorg.analysis.monitor.VisionMonitor;
import nl.woonzorg.analysis.number.Fraction;
import nl.woonzorg.analysis.pace.BacklogSeries;
import nl.woonzorg.analysis.pace.Direction;
import nl.woonzorg.analysis.pace.PeriodOutcome;
import nl.woonzorg.analysis.regional.ComparisonRow;
import nl.woonzorg.analysis.regional.RegionalComparison;
import nl.woonzorg.analysis.regional.RegionalMonitor;
import nl.woonzorg.model.time.PartialDate;
import org.jspecify.annotations.Nullable;

/**
 * The monitor as plain text for a terminal: per vision each goal's and agreement's figures, then
 * findings; for a region its comparison.
 */
final class MonitorText {

  private final Lang lang;

  MonitorText(Lang lang) {
    this.lang = lang;
  }

  /** Each vision's monitor, then the region's comparison if {@code region} is not null. */
  String render(List<VisionMonitor> monitors, @Nullable RegionalMonitor region) {
    StringBuilder text = new StringBuilder();
    for (VisionMonitor monitor : monitors) {
      text.append(monitor.vision().getTitle()).append(lang.pick(" — stand per ", " — as of "))
          .append(monitor.asOf()).append('\n');
      monitor.goals().forEach(progress -> {
        goal(text, progress);
        monitor.periods(progress.goal().getId()).ifPresent(periods -> periods(text,
            periods.periods().stream().map(target -> period(target.period())).toList(),
            periods.backlog()));
      });
      monitor.agreements().forEach(progress -> {
        text.append("  ").append(lang.pick("afspraak ", "agreement "));
        figures(text, progress.agreement().getId(), progress);
        periods(text, progress.backlog().outcomes().stream().map(outcome -> lang.pick(
            "jaarschijf ", "year slice ") + outcome.period().label()).toList(),
            progress.backlog());
      });
      List<MonitorFinding> findings = monitor.findings();
      text.append(lang.pick("bevindingen: ", "findings: ")).append(findings.size()).append('\n');
      findings.forEach(finding -> text.append("  ").append(lang.label(finding.kind()))
          .append(": ").append(finding.subjectId())
          .append(finding.date().map(date -> lang.pick(" op ", " on ") + date).orElse(""))
          .append('\n'));
    }
    if (region != null) {
      region(text, region);
    }
    return text.toString();
  }

  /**
   * The regional comparison as the HTML and JSON give it: per indicator each area's value,
   * normalised figure, rank and indices, then the regional total against its target.
   */
  private void region(StringBuilder text, RegionalMonitor region) {
    text.append(lang.pick("regio", "region")).append(region.region().map(named -> ": "
        + area(region, named.name()) + " (" + lang.label(named.kind()) + ", "
        + named.municipalities().size() + lang.pick(" gemeenten)", " municipalities)"))
        .orElse("")).append('\n');
    for (RegionalComparison comparison : region.comparisons()) {
      text.append("  ").append(comparison.indicatorId()).append(", ")
          .append(comparison.normalisation().getLabel(lang.locale()))
          .append(comparison.direction() == Direction.DOWN
              ? lang.pick(", minder is beter", ", less is better") : "").append('\n');
      for (ComparisonRow row : comparison.rows()) {
        text.append("    ").append(row.rank() == 0 ? "—" : row.rank() + ".").append(' ')
            .append(area(region, row.figure().area())).append(": ")
            .append(figure(row.figure().value()))
            .append(row.normalised().map(value -> lang.pick(", genormaliseerd ", ", normalised ")
                + figure(value)).orElse(""))
            .append(row.index().map(index -> lang.pick(", index regio ", ", index region ")
                + figure(index)).orElse(""))
            .append(row.nationalIndex().map(index -> ", index NL " + figure(index)).orElse(""))
            .append('\n');
      }
      line(text, lang.pick("regionaal totaal", "regional total"), figure(comparison.total())
          + comparison.regional().map(value -> lang.pick(", genormaliseerd ", ", normalised ")
              + figure(value)).orElse("")
          + comparison.national().map(value -> "; NL " + figure(value)).orElse("")
          + comparison.target().map(target -> lang.pick("; doel ", "; target ")
              + figure(target) + comparison.targetShare().map(share -> lang.pick(", aandeel ",
                  ", share ") + figure(share)).orElse("")).orElse(""));
    }
  }

  /** An area as {@code Name (CODE)} where a name is known, else its code, as the HTML has it. */
  private static String area(RegionalMonitor region, String code) {
    return region.name(code).map(name -> name + " (" + code + ")").orElse(code);
  }

  private void goal(StringBuilder text, GoalProgress progress) {
    text.append("  ");
    figures(text, progress.goal().getId(), progress);
    progress.pipeline().ifPresent(pipeline -> line(text, lang.pick("pijplijn", "pipeline"),
        lang.pick("gepland ", "planned ") + figure(pipeline.planned())
            + lang.pick(", niet gebouwd ", ", unbuilt ") + figure(pipeline.unbuilt())
            + lang.pick(", verwacht na planuitval ", ", expected after plan failure ")
            + figure(pipeline.expected())));
  }

  /** The id and status of a goal or an agreement, then the figures both have, a line each. */
  private void figures(StringBuilder text, String id, LevelProgress progress) {
    text.append(id).append(": ").append(lang.label(progress.status()))
        .append(progress.reason().map(reason -> " (" + lang.label(reason) + ")").orElse(""))
        .append('\n');
    progress.latest().ifPresent(latest -> line(text, lang.pick("gerealiseerd", "realised"),
        figure(latest.value()) + progress.target().map(target -> " / " + figure(target))
            .orElse("") + down(progress) + progress.share().map(share -> " = " + figure(share))
            .orElse("") + " (" + latest.year() + ")"));
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
  }

  /**
   * One line per ended period: {@code eerste helft 2024: 30 + 0 = 30, gerealiseerd 25,
   * achterstand 5 (gemist)}; for an agreement {@code jaarschijf 2023: 35 + 0 = 35, …}.
   */
  private void periods(StringBuilder text, List<String> labels, BacklogSeries backlog) {
    for (int i = 0; i < labels.size(); i++) {
      PeriodOutcome outcome = backlog.outcomes().get(i);
      line(text, labels.get(i),
          figure(outcome.period().target()) + " + " + figure(outcome.previousBacklog()) + " = "
              + figure(outcome.effectiveTarget()) + lang.pick(", gerealiseerd ", ", realised ")
              + figure(outcome.period().realised()) + lang.pick(", achterstand ", ", backlog ")
              + figure(outcome.backlog()) + " (" + (outcome.missed()
                  ? lang.pick("gemist", "missed") : lang.pick("gehaald", "met")) + ")");
    }
  }

  /** A period as people write it: {@code eerste helft 2024}, {@code 2024}. */
  private String period(PartialDate period) {
    return period.getPart().map(part -> lang.label(part) + " " + period.getYear())
        .orElseGet(period::toString);
  }

  /** " (aflopend)" after the target of a goal that counts down, whose paces are below zero. */
  private String down(LevelProgress progress) {
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
