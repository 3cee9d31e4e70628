package nl.woonzorg.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * nl.woonzorg.analysis on the module path: a consumer counts the supply of a small stock, shares a
 * taakstelling out, computes a pace, monitors a goal, and derives demand, supply and gap from norms
 * and a stock classified by the table the module ships, through every exported package.
 */
class AnalysisModuleTest {

  @Test
  void aConsumerCountsTheSupplyPerMunicipality(@TempDir Path directory) {
    List<String> output = new ConsumerModule(directory, "nl.woonzorg.analysis").run("""
        package consumer;

        import java.util.List;
        import nl.woonzorg.analysis.supply.SupplyTally;
        import nl.woonzorg.model.area.AreaType;
        import nl.woonzorg.model.dwelling.Dwelling;
        import nl.woonzorg.model.vera.UnitKind;

        public class Main {
          public static void main(String[] args) {
            Dwelling dwelling = Dwelling.builder().from(Dwelling.of("eenheid-1", UnitKind.WOONRUIMTE))
                .municipalityCode("GM0344").build();
            SupplyTally tally = SupplyTally.of(AreaType.GEMEENTE, List.of(dwelling));
            System.out.println(tally.areas().keySet() + " " + tally.areas().get("GM0344").total());
          }
        }
        """);

    assertEquals(List.of("[GM0344] 1"), output);
  }

  @Test
  void aConsumerDistributesATaakstellingAndComputesAPace(@TempDir Path directory) {
    List<String> output = new ConsumerModule(directory, "nl.woonzorg.analysis").run("""
        package consumer;

        import nl.woonzorg.analysis.distribution.Distribution;
        import nl.woonzorg.analysis.distribution.DistributionMethod;
        import nl.woonzorg.analysis.distribution.Part;
        import nl.woonzorg.analysis.number.Fraction;
        import nl.woonzorg.analysis.pace.RequiredPace;
        import nl.woonzorg.model.time.YearPeriod;

        public class Main {
          public static void main(String[] args) {
            Distribution taakstelling = DistributionMethod.CEILING.distribute(7,
                Part.of("A", 50_000), Part.of("B", 30_000), Part.of("C", 20_000));
            System.out.println(taakstelling.unitsByPart() + " excess " + taakstelling.excess());
            Distribution seats = DistributionMethod.D_HONDT.distribute(3,
                Part.of("A", 2), Part.of("B", 1), Part.of("C", 1));
            System.out.println(seats.tie().orElseThrow());
            RequiredPace pace = RequiredPace.over(YearPeriod.of(2024, 2030),
                Fraction.of(800_000), Fraction.ZERO);
            System.out.println(pace.pace().toMixedString());
          }
        }
        """);

    assertEquals(List.of("{A=4, B=3, C=2} excess 2", "[A, B, C] tie at 1 for 2 units",
        "114285 5/7"), output);
  }

  @Test
  void aConsumerMonitorsAGoal(@TempDir Path directory) {
    List<String> output = new ConsumerModule(directory, "nl.woonzorg.analysis").run("""
        package consumer;

        import java.time.LocalDate;
        import nl.woonzorg.analysis.monitor.GoalProgress;
        import nl.woonzorg.analysis.monitor.MonitorSettings;
        import nl.woonzorg.analysis.number.Fraction;
        import nl.woonzorg.analysis.progress.GoalSeries;
        import nl.woonzorg.analysis.normalisation.Normalisation;
        import nl.woonzorg.model.goal.Goal;
        import nl.woonzorg.model.monitoring.Measurement;
        import nl.woonzorg.model.monitoring.Monitoring;
        import nl.woonzorg.model.quantity.Quantity;
        import nl.woonzorg.model.quantity.Unit;
        import nl.woonzorg.model.time.Deadline;

        public class Main {
          public static void main(String[] args) {
            Goal goal = Goal.builder().id("g").title("110 units").indicatorId("i")
                .target(Quantity.of(110, Unit.WONINGEN)).deadline(Deadline.ofYear(2025)).build();
            Monitoring monitoring = Monitoring.builder()
                .addMeasurements(Measurement.of("i", LocalDate.of(2022, 12, 31), 20),
                    Measurement.of("i", LocalDate.of(2024, 12, 31), 90))
                .build();
            GoalProgress progress = GoalProgress.of(GoalSeries.of(goal, monitoring),
                Fraction.ZERO, LocalDate.of(2024, 12, 31), MonitorSettings.defaults());
            System.out.println(progress.status() + " " + progress.projectedYear().orElseThrow()
                .toMixedString() + " " + Normalisation.PER_1000_INHABITANTS.getLabel(java.util.Locale.ENGLISH));
          }
        }
        """);

    assertEquals(List.of("ON_TRACK 2024 4/7 per 1,000 inhabitants"), output);
  }

  @Test
  void aConsumerComputesTheGapFromANormAndTheShippedClassification(@TempDir Path directory) {
    List<String> output = new ConsumerModule(directory, "nl.woonzorg.analysis").run("""
        package consumer;

        import java.time.LocalDate;
        import java.util.List;
        import nl.woonzorg.analysis.gap.GapAnalysis;
        import nl.woonzorg.analysis.gap.GapEngine;
        import nl.woonzorg.analysis.norm.Norm;
        import nl.woonzorg.analysis.number.Fraction;
        import nl.woonzorg.analysis.population.AreaPopulation;
        import nl.woonzorg.analysis.population.Count;
        import nl.woonzorg.analysis.population.PopulationMeasure;
        import nl.woonzorg.analysis.population.PopulationSource;
        import nl.woonzorg.analysis.population.PopulationTable;
        import nl.woonzorg.analysis.region.AreaHierarchy;
        import nl.woonzorg.analysis.supply.CategoryTally;
        import nl.woonzorg.analysis.supply.StockClassification;
        import nl.woonzorg.model.area.AreaType;
        import nl.woonzorg.model.dwelling.Dwelling;
        import nl.woonzorg.model.targetgroup.TargetGroup;
        import nl.woonzorg.model.vera.HousingForm;
        import nl.woonzorg.model.vera.UnitKind;

        public class Main {
          public static void main(String[] args) {
            PopulationTable population = PopulationTable.builder(
                    PopulationSource.cbs("85984NED", LocalDate.of(2024, 1, 1)))
                .add(AreaPopulation.builder("GM0050", AreaType.GEMEENTE)
                    .count(PopulationMeasure.LEEFTIJD_65_PLUS, Count.of(1000)).build())
                .build();
            CategoryTally stock = CategoryTally.builder(AreaType.GEMEENTE,
                    StockClassification.defaults())
                .add(Dwelling.builder().id("a").unitKind(UnitKind.WOONRUIMTE)
                    .municipalityCode("GM0050").housingForm(HousingForm.GECLUSTERDE_WOONVORM)
                    .build())
                .build();
            Norm norm = Norm.builder().id("n").targetGroup(TargetGroup.OUDEREN_65_PLUS)
                .category("GECLUSTERD").base(PopulationMeasure.LEEFTIJD_65_PLUS)
                .ratio(Fraction.of(23, 100)).source("seed 001")
                .sourceDate(LocalDate.of(2021, 1, 1)).build();
            GapAnalysis analysis = GapEngine.of(AreaHierarchy.netherlands(), List.of(norm))
                .compute(population, stock);
            System.out.println(analysis.row("NL00", "GECLUSTERD", 2024, null).orElseThrow()
                .gap());
          }
        }
        """);

    assertEquals(List.of("229"), output);
  }
}
