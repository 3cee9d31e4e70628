package nl.woonzorg.examples.cli;

import java.util.List;
import nl.woonzorg.analysis.monitor.AgreementProgress;
import nl.woonzorg.analysis.monitor.GoalProgress;
import nl.woonzorg.analysis.monitor.LevelProgress;
import nl.woonzorg.analysis.monitor.MonitorFinding;
import nl.woonzorg.analysis.monitor.PeriodicProgress;
import nl.woonzorg.analysis.monitor.VisionMonitor;
import nl.woonzorg.analysis.number.Fraction;
import nl.woonzorg.analysis.pace.PeriodOutcome;
import nl.woonzorg.analysis.regional.ComparisonRow;
import nl.woonzorg.analysis.regional.RegionalComparison;
import nl.woonzorg.analysis.regional.RegionalMonitor;
import nl.woonzorg.model.monitoring.Measurement;
import nl.woonzorg.model.time.PartialDate;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The monitor as JSON for machines. Every figure is exact, as the fraction's text ({@code
 * "800000/7"}, {@code "35"}), which {@code Fraction.parse} reads back; codes are the constants'
 * names. A figure that does not exist is left out, never null.
 */
final class MonitorJson {

  private MonitorJson() {}

  static String of(List<VisionMonitor> monitors, @Nullable RegionalMonitor region) {
    ObjectNode root = Documents.MAPPER.createObjectNode();
    ArrayNode visions = root.putArray("visions");
    for (VisionMonitor monitor : monitors) {
      ObjectNode vision = visions.addObject();
      vision.put("id", monitor.vision().getId());
      vision.put("asOf", monitor.asOf().toString());
      ArrayNode goals = vision.putArray("goals");
      monitor.goals().forEach(progress -> {
        ObjectNode goal = goals.addObject();
        goal(goal, progress);
        monitor.periods(progress.goal().getId()).ifPresent(periods -> periods(goal, periods));
      });
      ArrayNode agreements = vision.putArray("agreements");
      monitor.agreements().forEach(progress -> agreement(agreements.addObject(), progress));
      ArrayNode findings = vision.putArray("findings");
      monitor.findings().forEach(finding -> finding(findings.addObject(), finding));
    }
    if (region != null) {
      region.region().ifPresent(named -> {
        ObjectNode of = root.putObject("regionOf");
        of.put("kind", named.kind().getCode());
        of.put("name", named.name());
        region.name(named.name()).ifPresent(name -> of.put("areaName", name));
        ArrayNode codes = of.putArray("gemeenten");
        named.municipalities().forEach(codes::add);
      });
      ArrayNode comparisons = root.putArray("region");
      region.comparisons().forEach(comparison -> comparison(comparisons.addObject(), comparison,
          region));
    }
    return Documents.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root);
  }

  private static void goal(ObjectNode node, GoalProgress progress) {
    node.put("goalId", progress.goal().getId());
    figures(node, progress);
    progress.pipeline().ifPresent(pipeline -> {
      ObjectNode pipe = node.putObject("pipeline");
      put(pipe, "built", pipeline.built());
      put(pipe, "planned", pipeline.planned());
      put(pipe, "unbuilt", pipeline.unbuilt());
      put(pipe, "failureRate", pipeline.failureRate());
      put(pipe, "expected", pipeline.expected());
    });
  }

  /**
   * An agreement's figures as a goal's, then each ended jaarschijf's verdict with the backlog
   * carried over and the levels the realised amounts came from.
   */
  private static void agreement(ObjectNode node, AgreementProgress progress) {
    node.put("agreementId", progress.agreement().getId());
    figures(node, progress);
    ArrayNode levels = node.putArray("levels");
    progress.levels().forEach(level -> {
      ObjectNode of = levels.addObject();
      of.put("year", level.year());
      put(of, "level", level.value());
      level.measurement().ifPresent(m -> measurement(of.putObject("measurement"), m));
    });
    ArrayNode slices = node.putArray("yearSlices");
    progress.backlog().outcomes().forEach(outcome -> {
      ObjectNode slice = slices.addObject();
      slice.put("year", Integer.parseInt(outcome.period().label()));
      outcome(slice, outcome);
    });
    node.put("yearSlicesMissedInARow", progress.backlog().consecutiveMissed());
  }

  /** The figures a goal and an agreement both have. */
  private static void figures(ObjectNode node, LevelProgress progress) {
    node.put("status", progress.status().getCode());
    node.put("direction", progress.direction().getCode());
    progress.reason().ifPresent(reason -> node.put("reason", reason.getCode()));
    progress.target().ifPresent(target -> put(node, "target", target));
    progress.latest().ifPresent(latest -> {
      put(node, "realised", latest.value());
      node.put("realisedYear", latest.year());
      latest.measurement().ifPresent(m -> measurement(node.putObject("measurement"), m));
    });
    progress.share().ifPresent(share -> put(node, "share", share));
    progress.requiredPace().ifPresent(required -> {
      put(node, "requiredPace", required.pace());
      node.put("yearsLeft", required.periodsLeft());
    });
    progress.realisedPace().ifPresent(realised -> {
      put(node, "realisedPace", realised.pace());
      node.put("windowFrom", progress.windowStart().orElseThrow().year());
    });
    progress.comparison().flatMap(c -> c.ratio()).ifPresent(ratio -> put(node, "ratio", ratio));
    progress.projectedYear().ifPresent(year -> put(node, "projectedYear", year));
  }

  /** Each ended period's verdict, oldest first, with the backlog carried over. */
  private static void periods(ObjectNode goal, PeriodicProgress periods) {
    ArrayNode array = goal.putArray("periods");
    List<PeriodOutcome> outcomes = periods.backlog().outcomes();
    for (int i = 0; i < outcomes.size(); i++) {
      PeriodOutcome outcome = outcomes.get(i);
      ObjectNode node = array.addObject();
      PartialDate period = periods.periods().get(i).period();
      node.put("year", period.getYear());
      period.getPart().ifPresent(part -> node.put("part", part.getCode()));
      outcome(node, outcome);
    }
    goal.put("periodsMissedInARow", periods.backlog().consecutiveMissed());
  }

  private static void outcome(ObjectNode node, PeriodOutcome outcome) {
    put(node, "target", outcome.period().target());
    put(node, "previousBacklog", outcome.previousBacklog());
    put(node, "effectiveTarget", outcome.effectiveTarget());
    put(node, "realised", outcome.period().realised());
    put(node, "backlog", outcome.backlog());
    node.put("missed", outcome.missed());
  }

  private static void finding(ObjectNode node, MonitorFinding finding) {
    node.put("kind", finding.kind().getCode());
    node.put("subjectId", finding.subjectId());
    finding.date().ifPresent(date -> node.put("date", date.toString()));
    ArrayNode measurements = node.putArray("measurements");
    finding.measurements().forEach(m -> measurement(measurements.addObject(), m));
  }

  private static void comparison(ObjectNode node, RegionalComparison comparison,
      RegionalMonitor region) {
    node.put("indicatorId", comparison.indicatorId());
    node.put("normalisation", comparison.normalisation().toString());
    node.put("direction", comparison.direction().getCode());
    comparison.national().ifPresent(value -> put(node, "national", value));
    put(node, "total", comparison.total());
    comparison.regional().ifPresent(regional -> put(node, "regional", regional));
    comparison.target().ifPresent(target -> put(node, "target", target));
    comparison.targetShare().ifPresent(share -> put(node, "targetShare", share));
    ArrayNode rows = node.putArray("areas");
    for (ComparisonRow row : comparison.rows()) {
      ObjectNode area = rows.addObject();
      area.put("area", row.figure().area());
      region.name(row.figure().area()).ifPresent(name -> area.put("name", name));
      put(area, "value", row.figure().value());
      row.normalised().ifPresent(value -> put(area, "normalised", value));
      area.put("rank", row.rank());
      row.index().ifPresent(index -> put(area, "index", index));
      row.nationalIndex().ifPresent(index -> put(area, "nationalIndex", index));
    }
  }

  private static void measurement(ObjectNode node, Measurement measurement) {
    node.put("indicatorId", measurement.getIndicatorId());
    node.put("referenceDate", measurement.getReferenceDate().toString());
    node.put("value", measurement.getValue());
    measurement.getSource().ifPresent(source -> node.put("source", source));
  }

  private static void put(ObjectNode node, String name, Fraction value) {
    node.put(name, value.toString());
  }
}
