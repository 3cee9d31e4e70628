package nl.woonzorg.analysis.gap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.woonzorg.analysis.norm.Norm;
import nl.woonzorg.analysis.number.Fraction;
import nl.woonzorg.analysis.population.AreaPopulation;
import nl.woonzorg.analysis.population.Count;
import nl.woonzorg.analysis.population.PopulationMeasure;
import nl.woonzorg.analysis.population.PopulationTable;
import nl.woonzorg.analysis.region.AreaHierarchy;
import nl.woonzorg.analysis.supply.CategoryTally;
import nl.woonzorg.analysis.supply.StockClassification;
import nl.woonzorg.model.area.AreaType;
import nl.woonzorg.model.area.Municipality;
import nl.woonzorg.model.dwelling.Dwelling;
import nl.woonzorg.model.targetgroup.TargetGroup;
import nl.woonzorg.model.vera.AccessibilityLabel;
import nl.woonzorg.model.vera.HousingForm;
import nl.woonzorg.model.vera.UnitKind;
import org.junit.jupiter.api.Test;

/**
 * What a gap analysis must satisfy for any hierarchy, population and stock: each is generated from
 * a seed that QuickTheories draws, so a failure names the seed that reproduces it.
 */
class GapPropertiesTest {

  private static final List<Norm> NORMS = List.of(
      norm("a", TargetGroup.OUDEREN_65_PLUS, "GECLUSTERD", PopulationMeasure.LEEFTIJD_65_PLUS, 23,
          100),
      norm("b", TargetGroup.OUDEREN_75_PLUS, "GECLUSTERD", PopulationMeasure.LEEFTIJD_65_PLUS, 7,
          300),
      norm("c", TargetGroup.OUDEREN_55_PLUS, "NULTREDEN", PopulationMeasure.LEEFTIJD_45_TOT_65, 1,
          9));

  private static Norm norm(String id, TargetGroup group, String category,
      PopulationMeasure base, long numerator, long denominator) {
    return Norm.builder().id(id).targetGroup(group).category(category).base(base)
        .ratio(Fraction.of(numerator, denominator)).source("generated").sourceDate(
            LocalDate.of(2024, 1, 1)).build();
  }

  /** A generated case: a hierarchy, population rows per wijk, and dwellings. */
  private static final class Case {
    final AreaHierarchy hierarchy;
    final List<AreaPopulation> rows = new ArrayList<>();
    final List<Dwelling> homes = new ArrayList<>();

    Case(long seed) {
      Random random = new Random(seed);
      AreaHierarchy.Builder builder = AreaHierarchy.builder();
      int provinces = 1 + random.nextInt(2);
      int corops = 0;
      int municipalities = 0;
      for (int province = 0; province < provinces; province++) {
        String pv = String.format("PV%02d", 20 + province);
        builder.province(pv, pv);
        for (int c = 0, n = 1 + random.nextInt(2); c < n; c++, corops++) {
          String cr = String.format("CR%02d", 1 + corops);
          builder.corop(cr, cr, pv);
          for (int g = 0, m = 1 + random.nextInt(3); g < m; g++, municipalities++) {
            String gm = String.format("GM9%03d", municipalities);
            builder.municipality(Municipality.of(gm, gm, cr, cr));
            wijken(random, gm);
          }
        }
      }
      hierarchy = builder.build();
    }

    private void wijken(Random random, String gm) {
      for (int w = 0, n = 1 + random.nextInt(4); w < n; w++) {
        String wk = "WK" + gm.substring(2) + String.format("%02d", w);
        if (random.nextInt(8) > 0) {
          rows.add(AreaPopulation.builder(wk, AreaType.WIJK)
              .count(PopulationMeasure.INWONERS, Count.of(random.nextInt(20_000)))
              .count(PopulationMeasure.LEEFTIJD_45_TOT_65, count(random))
              .count(PopulationMeasure.LEEFTIJD_65_PLUS, count(random)).build());
        }
        for (int h = 0, m = random.nextInt(12); h < m; h++) {
          Dwelling.Builder home = Dwelling.builder().id(wk + "-" + h)
              .unitKind(UnitKind.WOONRUIMTE).municipalityCode(gm);
          if (random.nextInt(10) > 0) {
            home.districtCode(wk);
          }
          if (random.nextBoolean()) {
            home.housingForm(HousingForm.GECLUSTERDE_WOONVORM);
          } else if (random.nextBoolean()) {
            home.accessibilityLabel(AccessibilityLabel.NULTREDENWONING);
          }
          homes.add(home.build());
        }
      }
    }

    private static Count count(Random random) {
      return random.nextInt(6) == 0 ? Count.suppressed() : Count.of(random.nextInt(5_000));
    }

    GapAnalysis analyse(List<Norm> norms, List<AreaPopulation> population,
        List<Dwelling> stock) {
      PopulationTable.Builder table = PopulationTable.builder(Zeewolde.KWB_2024);
      population.forEach(table::add);
      CategoryTally.Builder tally = CategoryTally.builder(AreaType.WIJK,
          StockClassification.defaults());
      stock.forEach(tally::add);
      return GapEngine.of(hierarchy, norms).compute(table.build(), tally.build());
    }

    GapAnalysis analyse() {
      return analyse(NORMS, rows, homes);
    }

    /** The gemeenten some of whose homes have no wijk code. */
    Set<String> unplacedGemeenten() {
      return homes.stream().filter(home -> home.getDistrictCode().isEmpty())
          .map(home -> home.getMunicipalityCode().orElseThrow()).collect(Collectors.toSet());
    }
  }

  @Test
  void everyRowAboveTheAnalysisLevelIsTheExactSumOfItsChildrenAtEveryLevel() {
    qt().withExamples(200).forAll(longs().all()).checkAssert(seed -> {
      Case generated = new Case(seed);
      GapAnalysis analysis = generated.analyse();
      Map<String, GapRow> byKey = analysis.rows().stream()
          .collect(Collectors.toMap(GapRow::key, Function.identity()));
      for (GapRow row : analysis.rows()) {
        if (row.children().isEmpty()) {
          continue;
        }
        List<GapRow> children = row.children().stream().map(child -> byKey.get(
            child + "/" + row.category().code() + "/" + row.year())).toList();
        assertEquals(known(children, GapRow::demand), row.demand().value(), row.key());
        assertEquals(known(children, GapRow::supply), row.supply().value(), row.key());
        row.demandByGroup().forEach((group, amount) -> assertEquals(
            known(children, child -> child.demandByGroup().get(group)), amount.value()));
        assertEquals(row.demand().value().isPresent() && row.supply().value().isPresent()
                ? Optional.of(row.demand().value().get().subtract(row.supply().value().get()))
                : Optional.empty(), row.gap().value());
      }
      for (String category : List.of("GECLUSTERD", "NULTREDEN")) {
        List<GapRow> leaves = analysis.rows(AreaType.WIJK).stream()
            .filter(row -> row.category().code().equals(category)).toList();
        Optional<GapRow> national = analysis.row("NL00", category, 2024, null);
        assertEquals(analysis.rows().isEmpty(), national.isEmpty());
        national.ifPresent(row -> {
          assertEquals(known(leaves, GapRow::demand), row.demand().value());
          assertTrue(row.supply().missingAreas().containsAll(generated.unplacedGemeenten()));
        });
      }
    });
  }

  /** The sum of the known values of {@code amounts}; empty if none is known. */
  private static Optional<Fraction> known(List<GapRow> rows, Function<GapRow, Amount> amount) {
    return rows.stream().map(amount).map(Amount::value).flatMap(Optional::stream)
        .reduce(Fraction::add);
  }

  @Test
  void aSuppressedCountIsNeverZeroAnywhereAbove() {
    qt().withExamples(200).forAll(longs().all()).checkAssert(seed -> {
      Case generated = new Case(seed);
      GapAnalysis analysis = generated.analyse();
      for (AreaPopulation row : generated.rows) {
        if (!row.count(PopulationMeasure.LEEFTIJD_65_PLUS).orElseThrow().isSuppressed()) {
          continue;
        }
        GapRow leaf = analysis.row(row.areaCode(), "GECLUSTERD", 2024, null).orElseThrow();
        assertEquals(Optional.empty(), leaf.demand().value());
        for (String ancestor : generated.hierarchy.ancestors(row.areaCode())) {
          Amount demand = analysis.row(ancestor, "GECLUSTERD", 2024, null).orElseThrow()
              .demand();
          assertFalse(demand.isComplete(), ancestor);
          assertTrue(demand.suppressedAreas().contains(row.areaCode()), ancestor);
        }
      }
    });
  }

  @Test
  void theResultDoesNotDependOnTheOrderOfTheInputs() {
    qt().withExamples(200).forAll(longs().all()).checkAssert(seed -> {
      Case generated = new Case(seed);
      List<Norm> norms = new ArrayList<>(NORMS);
      List<AreaPopulation> rows = new ArrayList<>(generated.rows);
      List<Dwelling> homes = new ArrayList<>(generated.homes);
      Random random = new Random(~seed);
      Collections.shuffle(norms, random);
      Collections.shuffle(rows, random);
      Collections.shuffle(homes, random);
      assertEquals(byKey(generated.analyse()), byKey(generated.analyse(norms, rows, homes)));
    });
  }

  private static Map<String, GapRow> byKey(GapAnalysis analysis) {
    Map<String, GapRow> byKey = new HashMap<>();
    analysis.rows().forEach(row -> byKey.put(row.key(), row));
    return byKey;
  }
}
