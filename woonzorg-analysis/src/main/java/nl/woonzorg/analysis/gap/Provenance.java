package nl.woonzorg.analysis.gap;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import nl.woonzorg.analysis.norm.Norm;
import nl.woonzorg.analysis.population.PopulationMeasure;
import nl.woonzorg.model.targetgroup.TargetGroup;

/**
 * Writes the calculation records of a row: where its demand per group, supply, gap and coverage
 * came from, leaves from the population and the norms, sums from the rows they add up.
 */
final class Provenance {

  private final GapAnalysis analysis;

  Provenance(GapAnalysis analysis) {
    this.analysis = analysis;
  }

  /** The records of {@code row}: demand per group, supply, gap, and coverage if it has one. */
  List<Calculation> of(GapRow row) {
    List<Calculation> records = new ArrayList<>();
    row.demandByGroup().forEach((group, amount) -> records.add(demand(row, group, amount)));
    records.add(supply(row));
    records.add(Calculation.of("opgave/" + row.key(), "vraag − aanbod", row.gap(),
        Map.of("vraag", "Σ vraag/" + row.key() + "/* = " + row.demand(),
            "aanbod", "aanbod/" + row.key() + " = " + row.supply())));
    row.coverage().ifPresent(coverage -> records.add(Calculation.of("dekking/" + row.key(),
        "aanbod / vraag", Amount.exact(coverage), Map.of("aanbod", row.supply().toString(),
            "vraag", row.demand().toString()))));
    return records;
  }

  private static String demandId(GapRow row, TargetGroup group) {
    return "vraag/" + row.key() + "/" + group.name();
  }

  private Calculation demand(GapRow row, TargetGroup group, Amount amount) {
    Map<String, String> inputs = new LinkedHashMap<>();
    if (!row.children().isEmpty()) {
      childIds(row, "vraag", "/" + group.name(),
          part -> part.demandByGroup().getOrDefault(group, Amount.zero()), inputs);
      return Calculation.of(demandId(row, group), "Σ over " + row.children().size() + " areas",
          amount, inputs);
    }
    if (row.scenario().isPresent()) {
      int year = analysis.year();
      inputs.put("vraag/" + row.areaCode() + "/" + row.category().code() + "/" + year + "/"
          + group.name(), "demand in " + year);
      inputs.put(PopulationMeasure.INWONERS.name() + " " + row.year() + " "
          + row.scenario().get().name(), row.population(PopulationMeasure.INWONERS) + " ("
          + analysis.forecast().map(forecast -> forecast.source().attribution()).orElse("")
          + ")");
      return Calculation.of(demandId(row, group), "demand in " + year + " × forecast inhabitants"
          + " / inhabitants in " + year, amount, inputs);
    }
    String attribution = analysis.population().source().attribution();
    for (Norm norm : analysis.norms()) {
      if (norm.targetGroup() == group && norm.category().equals(row.category().code())) {
        inputs.put("norm " + norm.id(), norm.ratio() + " (" + norm.source() + ", "
            + norm.sourceDate() + ")");
        inputs.put(norm.base().name() + " " + row.areaCode(), row.population(norm.base())
            + " (" + attribution + ")");
      }
    }
    return Calculation.of(demandId(row, group), "Σ norm ratio × population of its base", amount,
        inputs);
  }

  private Calculation supply(GapRow row) {
    Map<String, String> inputs = new LinkedHashMap<>();
    if (!row.children().isEmpty()) {
      childIds(row, "aanbod", "", GapRow::supply, inputs);
      return Calculation.of("aanbod/" + row.key(), "Σ over " + row.children().size() + " areas",
          row.supply(), inputs);
    }
    inputs.put("classification", analysis.stock().classification().toString());
    inputs.put("stock", row.homes() + " homes in " + row.areaCode()
        + (row.scenario().isPresent() ? ", today's" : ""));
    return Calculation.of("aanbod/" + row.key(), "homes of the stock classified "
        + row.category().code(), row.supply(), inputs);
  }

  /** Names each part of {@code row}'s sum by its id, {@code kind/key suffix}, with its amount. */
  private void childIds(GapRow row, String kind, String suffix, Function<GapRow, Amount> amount,
      Map<String, String> inputs) {
    for (String child : row.children()) {
      String key = child + "/" + row.category().code() + "/" + row.year()
          + row.scenario().map(scenario -> "/" + scenario.name()).orElse("");
      GapRow part = analysis.row(key).orElseThrow();
      inputs.put(kind + "/" + key + suffix, amount.apply(part).toString());
    }
  }
}
