package nl.woonzorg.examples.cli;

import java.util.List;
import java.util.Optional;
import nl.woonzorg.analysis.gap.Amount;
import nl.woonzorg.analysis.gap.Calculation;
import nl.woonzorg.analysis.gap.GapAnalysis;
import nl.woonzorg.analysis.gap.GapRow;
import nl.woonzorg.analysis.number.Fraction;
import nl.woonzorg.analysis.region.Region;
import nl.woonzorg.model.analysis.Analysis;
import nl.woonzorg.model.analysis.AnalysisFinding;
import nl.woonzorg.model.analysis.Source;
import nl.woonzorg.model.analysis.SupplyDemandFigure;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON form of {@code woonzorg analyse}, for machines: the analysis document ({@code
 * analysis}: summary, figures, findings, sources, rounded as asked), every row with its exact
 * amounts ({@code rows}: a fraction such as {@code "2300/3"}, whether complete, and the areas
 * suppressed or missing; the gap normalised and its indexes, exact, under {@code normalised}), and
 * the calculation record of every number ({@code calculations}); and each region of {@code
 * --regions} ({@code regions}: name, label, kind, gemeenten and a row per category, as exact,
 * indexed against the Netherlands only).
 */
final class AnalysisJson {

  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private final GapAnalysis analysis;
  private final Analysis document;
  private final Figures figures;
  private final NormalisedGap normalised;
  private final List<Region> regions;

  AnalysisJson(GapAnalysis analysis, Analysis document, Figures figures,
      NormalisedGap normalised, List<Region> regions) {
    this.analysis = analysis;
    this.regions = regions;
    this.normalised = normalised;
    this.document = document;
    this.figures = figures;
  }

  String render() {
    ObjectNode root = MAPPER.createObjectNode();
    root.set("analysis", document());
    ArrayNode rows = root.putArray("rows");
    analysis.rows().forEach(row -> rows.add(row(row, false)));
    ArrayNode regionNodes = root.putArray("regions");
    for (Region region : regions) {
      ObjectNode node = regionNodes.addObject().put("name", region.name())
          .put("label", region.label()).put("kind", region.kind().getCode());
      ArrayNode members = node.putArray("gemeenten");
      region.municipalities().forEach(members::add);
      ArrayNode regionRows = node.putArray("rows");
      analysis.rows(region).forEach(row -> regionRows.add(row(row, true)));
    }
    ArrayNode calculations = root.putArray("calculations");
    for (Calculation calculation : analysis.calculations()) {
      ObjectNode node = calculations.addObject().put("id", calculation.id())
          .put("formula", calculation.formula()).put("result", calculation.result());
      ObjectNode inputs = node.putObject("inputs");
      calculation.inputs().forEach(inputs::put);
    }
    return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
  }

  private ObjectNode document() {
    ObjectNode node = MAPPER.createObjectNode();
    document.getSummary().ifPresent(summary -> node.put("summary", summary));
    ArrayNode figureNodes = node.putArray("figures");
    for (SupplyDemandFigure figure : document.getFigures()) {
      ObjectNode item = figureNodes.addObject().put("id", figure.getId())
          .put("kind", figure.getKind().name());
      figure.getTargetGroup().ifPresent(group -> item.put("targetGroup", group.name()));
      figure.getDwellingType().ifPresent(type -> item.put("dwellingType", type.name()));
      figure.getAreaId().ifPresent(area -> item.put("areaId", area));
      item.put("year", figure.getYear()).put("value", figure.getValue().getValue())
          .put("unit", figure.getValue().getUnit().name());
      figure.getSourceId().ifPresent(source -> item.put("sourceId", source));
    }
    ArrayNode findingNodes = node.putArray("findings");
    for (AnalysisFinding finding : document.getFindings()) {
      ObjectNode item = findingNodes.addObject().put("id", finding.getId())
          .put("statement", finding.getStatement());
      finding.getFigure().ifPresent(figure -> item.put("value", figure.getValue())
          .put("unit", figure.getUnit().name()));
      ArrayNode areas = item.putArray("areaIds");
      finding.getAreaIds().forEach(areas::add);
      ArrayNode groups = item.putArray("targetGroups");
      finding.getTargetGroups().forEach(group -> groups.add(group.name()));
      finding.getSourceId().ifPresent(source -> item.put("sourceId", source));
    }
    ArrayNode sourceNodes = node.putArray("sources");
    for (Source source : document.getSources()) {
      ObjectNode item = sourceNodes.addObject().put("id", source.getId())
          .put("title", source.getTitle());
      source.getPublisher().ifPresent(publisher -> item.put("publisher", publisher));
      source.getPublished().ifPresent(date -> item.put("published", date.toString()));
    }
    return node;
  }

  /** The row; {@code region} if it is of a region of {@code --regions}. */
  private ObjectNode row(GapRow row, boolean region) {
    ObjectNode node = MAPPER.createObjectNode().put("area", row.areaCode())
        .put("level", row.level().name()).put("category", row.category().code())
        .put("year", row.year());
    row.scenario().ifPresent(scenario -> node.put("scenario", scenario.name()));
    ObjectNode demand = node.putObject("demandByGroup");
    row.demandByGroup().forEach((group, amount) -> demand.set(group.name(), amount(amount)));
    node.set("demand", amount(row.demand()));
    node.set("supply", amount(row.supply()));
    node.set("gap", amount(row.gap()));
    row.coverage().ifPresent(coverage -> node.put("coverage", coverage.toString())
        .put("coverageShown", figures.percent(row.coverage())));
    node.set("normalised", normalised(row, region));
    return node;
  }

  /** Each figure exact and as shown; an absent one is left out, as a partial one is not known. */
  private ObjectNode normalised(GapRow row, boolean region) {
    ObjectNode node = MAPPER.createObjectNode().put("per", normalised.per());
    exact(node, "gap", normalised.gap(row));
    if (region) {
      exact(node, "indexNetherlands", normalised.regionIndexToNetherlands(row));
      return node;
    }
    exact(node, "indexRegion", normalised.indexToRegion(row));
    exact(node, "indexNetherlands", normalised.indexToNetherlands(row));
    return node;
  }

  private void exact(ObjectNode node, String name, Optional<Fraction> value) {
    value.ifPresent(exact -> node.put(name, exact.toString())
        .put(name + "Shown", figures.number(exact)));
  }

  private ObjectNode amount(Amount amount) {
    ObjectNode node = MAPPER.createObjectNode();
    amount.value().ifPresent(value -> node.put("value", value.toString()));
    node.put("shown", figures.amount(amount)).put("complete", amount.isComplete());
    ArrayNode suppressed = node.putArray("suppressed");
    amount.suppressedAreas().forEach(suppressed::add);
    ArrayNode missing = node.putArray("missing");
    amount.missingAreas().forEach(missing::add);
    return node;
  }
}
