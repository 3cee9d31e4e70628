package nl.woonzorg.analysis.regional;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.woonzorg.analysis.monitor.Disagreement;
import nl.woonzorg.analysis.normalisation.Normalisation;
import nl.woonzorg.analysis.number.Fraction;
import nl.woonzorg.analysis.pace.Direction;
import nl.woonzorg.analysis.population.PopulationMeasure;
import nl.woonzorg.analysis.region.AreaHierarchy;
import nl.woonzorg.analysis.region.Region;
import nl.woonzorg.analysis.region.RegionKind;
import nl.woonzorg.model.HousingCareVision;
import nl.woonzorg.model.area.Area;
import nl.woonzorg.model.fixture.GemeenteA;
import nl.woonzorg.model.goal.Goal;
import nl.woonzorg.model.monitoring.Measurement;
import nl.woonzorg.model.monitoring.Monitoring;
import nl.woonzorg.model.quantity.Quantity;
import nl.woonzorg.model.quantity.Unit;
import org.junit.jupiter.api.Test;

/** Gemeenten side by side: normalised, ranked, indexed, totalled against a regional target. */
class RegionalMonitorTest {

  private static final String UNITS = GemeenteA.INDICATOR_CLUSTERED;
  private static final String WAITING = "wachtende-huishoudens";
  private static final LocalDate END_2024 = LocalDate.of(2024, 12, 31);

  /**
   * Three gemeenten of 50,000, 20,000 and 30,000 inhabitants with 100, 40 and 30 units: per 1,000
   * inhabitants 2, 2 and 1 — the first two share rank 1 — against 17/10 for the region, which
   * makes 170 units of a regional target of 200.
   */
  @Test
  void gemeentenAreRankedAndIndexedPerThousandInhabitants() {
    RegionalMonitor monitor = RegionalMonitor.builder()
        .addVisions(List.of(gemeente("GM0001", 100), gemeente("GM0002", 40),
            gemeente("GM0003", 30)))
        .asOf(END_2024)
        .normalisation(Normalisation.PER_1000_INHABITANTS)
        .inhabitants("GM0001", 50_000).inhabitants("GM0002", 20_000).inhabitants("GM0003", 30_000)
        .target(UNITS, Fraction.of(200))
        .build();

    RegionalComparison comparison = monitor.comparisons().get(0);
    assertEquals(List.of("GM0001", "GM0002", "GM0003"),
        comparison.rows().stream().map(row -> row.figure().area()).toList());
    assertEquals(List.of(1, 1, 3), comparison.rows().stream().map(ComparisonRow::rank).toList());
    assertEquals(Optional.of(Fraction.of(17, 10)), comparison.regional());
    assertEquals(Optional.of(Fraction.of(2000, 17)), comparison.rows().get(0).index());
    assertEquals(Optional.of(Fraction.of(1000, 17)), comparison.rows().get(2).index());
    assertEquals(Fraction.of(170), comparison.total());
    assertEquals(Optional.of(Fraction.of(17, 20)), comparison.targetShare());
  }

  /**
   * The same units per 1,000 people of 65 and over (10,000, 4,000 and 6,000 of them): 10, 10 and
   * 5, the region 17/2; against a national figure of 29,600 units for 3,700,000 people of 65 and
   * over, 8 per 1,000, the first gemeente indexes 125 and the third 125/2.
   */
  @Test
  void perThousandOfAnAgeGroupAndIndexedAgainstTheNetherlands() {
    PopulationMeasure elderly = PopulationMeasure.LEEFTIJD_65_PLUS;
    RegionalComparison comparison = RegionalMonitor.builder()
        .addVisions(List.of(gemeente("GM0001", 100), gemeente("GM0002", 40),
            gemeente("GM0003", 30)))
        .asOf(END_2024)
        .normalisation(Normalisation.of(elderly, 1000))
        .population("GM0001", elderly, 10_000).population("GM0002", elderly, 4_000)
        .population("GM0003", elderly, 6_000)
        .population(AreaHierarchy.NETHERLANDS, elderly, 3_700_000)
        .national(UNITS, Fraction.of(29_600))
        .build().comparisons().get(0);

    assertEquals(List.of(Fraction.of(10), Fraction.of(10), Fraction.of(5)), comparison.rows()
        .stream().map(row -> row.normalised().orElseThrow()).toList());
    assertEquals(Optional.of(Fraction.of(17, 2)), comparison.regional());
    assertEquals(Optional.of(Fraction.of(8)), comparison.national());
    assertEquals(List.of(Fraction.of(125), Fraction.of(125), Fraction.of(125, 2)),
        comparison.rows().stream().map(row -> row.nationalIndex().orElseThrow()).toList());
    assertEquals("per 1.000 inwoners van 65 jaar of ouder",
        comparison.normalisation().getLabel(Locale.forLanguageTag("nl")));
  }

  @Test
  void withoutTheNationalDenominatorThereIsNoNationalIndex() {
    RegionalComparison comparison = RegionalMonitor.builder()
        .addVisions(List.of(gemeente("GM0001", 100)))
        .asOf(END_2024)
        .normalisation(Normalisation.PER_1000_INHABITANTS)
        .inhabitants("GM0001", 50_000)
        .national(UNITS, Fraction.of(29_600))
        .build().comparisons().get(0);

    assertEquals(Optional.empty(), comparison.national());
    assertEquals(Optional.empty(), comparison.rows().get(0).nationalIndex());
    assertEquals(Optional.of(Fraction.of(2)), comparison.rows().get(0).normalised());
  }

  /** ABN AMRO's measure: new homes for older people per 100,000 existing homes. */
  @Test
  void perHundredThousandDwellingsWithoutADenominatorIsNotRanked() {
    RegionalComparison comparison = RegionalMonitor.builder()
        .addVisions(List.of(gemeente("GM0001", 200), gemeente("GM0002", 40)))
        .asOf(END_2024)
        .normalisation(Normalisation.PER_100000_DWELLINGS)
        .dwellings("GM0001", 100_000)
        .build().comparisons().get(0);

    assertEquals(Optional.of(Fraction.of(200)), comparison.rows().get(0).normalised());
    assertEquals(0, comparison.rows().get(1).rank());
    assertEquals(Optional.empty(), comparison.regional());
  }

  @Test
  void twoDocumentsThatDisagreeOnOneAreaAndDateAreReportedNotPicked() {
    HousingCareVision corporatie = gemeente("GM0001", 95);
    RegionalMonitor monitor = RegionalMonitor.builder()
        .addVisions(List.of(gemeente("GM0001", 90), corporatie))
        .asOf(END_2024)
        .build();

    Disagreement disagreement = monitor.disagreements().get(0);
    assertEquals(Optional.of("GM0001"), disagreement.areaId());
    assertEquals(END_2024, disagreement.date());
    assertEquals(List.of(), monitor.comparisons());
  }

  /** A region from a file compares only its own gemeenten, whatever else is given. */
  @Test
  void aRegionComparesOnlyItsGemeenten() {
    Region region = Region.of(RegionKind.ZORGKANTOORREGIO, "Voorbeeld",
        List.of("GM0001", "GM0003"));
    RegionalMonitor monitor = RegionalMonitor.builder()
        .addVisions(List.of(gemeente("GM0001", 100), gemeente("GM0002", 40),
            gemeente("GM0003", 30)))
        .region(region)
        .asOf(END_2024)
        .build();

    assertEquals(Optional.of(region), monitor.region());
    RegionalComparison comparison = monitor.comparisons().get(0);
    assertEquals(List.of("GM0001", "GM0003"),
        comparison.rows().stream().map(row -> row.figure().area()).toList());
    assertEquals(Fraction.of(130), comparison.total());
  }

  /**
   * Older households waiting, whose goals count down from 100 to 60 in each gemeente, are ranked
   * lowest first: 30, 30, 50 and 80 waiting rank 1, 1, 3 and 4. The same figures where one
   * gemeente's goal counts up give no direction from the data: highest first, 80 ranks 1.
   */
  @Test
  void lessIsBetterWhereTheGoalsCountDownAndTiesShareARank() {
    List<HousingCareVision> down = List.of(waiting("GM0001", 50, 60), waiting("GM0002", 30, 60),
        waiting("GM0003", 30, 60), waiting("GM0004", 80, 60));
    RegionalComparison ranked = RegionalMonitor.builder().addVisions(down).asOf(END_2024).build()
        .comparisons().get(0);

    assertEquals(Direction.DOWN, ranked.direction());
    assertEquals(List.of("GM0002 1", "GM0003 1", "GM0001 3", "GM0004 4"), ranked.rows().stream()
        .map(row -> row.figure().area() + " " + row.rank()).toList());

    List<HousingCareVision> mixed = List.of(waiting("GM0001", 50, 60), waiting("GM0002", 30, 60),
        waiting("GM0003", 30, 60), waiting("GM0004", 80, 120));
    RegionalComparison highest = RegionalMonitor.builder().addVisions(mixed).asOf(END_2024)
        .build().comparisons().get(0);
    assertEquals(Direction.UP, highest.direction());
    assertEquals(List.of("GM0004 1", "GM0001 2", "GM0002 3", "GM0003 3"), highest.rows().stream()
        .map(row -> row.figure().area() + " " + row.rank()).toList());
  }

  /**
   * Areas are named by the bundled CBS list — gemeente, COROP region, province — and else by the
   * vision whose area they are: GM0001 is not in the bundled list of 2024.
   */
  @Test
  void areasAreNamedByTheBundledListElseByTheirVision() {
    RegionalMonitor monitor = RegionalMonitor.builder()
        .addVisions(List.of(gemeente("GM0001", 100), gemeente("GM0037", 40))).asOf(END_2024)
        .build();

    assertEquals(Optional.of("Gemeente GM0001"), monitor.name("GM0001"));
    assertEquals(Optional.of("Stadskanaal"), monitor.name("GM0037"));
    assertEquals(Optional.of("Oost-Groningen"), monitor.name("CR01"));
    assertEquals(Optional.of("Groningen"), monitor.name("PV20"));
    assertEquals(Optional.empty(), monitor.name("Voorbeeldregio"));
  }

  /** A gemeente whose goal goes from {@code baseline} to {@code target} households waiting. */
  private static HousingCareVision waiting(String code, long waiting, long target) {
    return HousingCareVision.builder().from(gemeente(code, 0))
        .goals(List.of(Goal.builder().id("doel-wachtenden").title("Minder wachtenden")
            .indicatorId(WAITING).target(Quantity.of(target, Unit.HUISHOUDENS))
            .baseline(Quantity.of(100, Unit.HUISHOUDENS)).build()))
        .monitoring(Monitoring.builder()
            .measurements(List.of(Measurement.of(WAITING, END_2024, waiting))).build())
        .build();
  }

  private static HousingCareVision gemeente(String code, long units) {
    return HousingCareVision.builder().from(GemeenteA.vision())
        .area(Area.municipality(code, "Gemeente " + code))
        .monitoring(Monitoring.builder().from(GemeenteA.monitoring())
            .measurements(List.of(Measurement.of(UNITS, END_2024, units)))
            .build())
        .build();
  }
}
