package nl.woonzorg.examples;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import nl.woonzorg.analysis.region.RegionKind;
import nl.woonzorg.analysis.region.RegionSet;
import nl.woonzorg.model.HousingCareVision;
import nl.woonzorg.model.area.Area;
import nl.woonzorg.model.dwelling.DwellingType;
import nl.woonzorg.model.goal.Ambition;
import nl.woonzorg.model.goal.Breakdown;
import nl.woonzorg.model.goal.BreakdownDimension;
import nl.woonzorg.model.goal.BreakdownPart;
import nl.woonzorg.model.goal.Goal;
import nl.woonzorg.model.goal.Scope;
import nl.woonzorg.model.monitoring.Indicator;
import nl.woonzorg.model.monitoring.Measurement;
import nl.woonzorg.model.monitoring.Comparison;
import nl.woonzorg.model.monitoring.EarlyWarningThreshold;
import nl.woonzorg.model.monitoring.Monitoring;
import nl.woonzorg.model.party.Party;
import nl.woonzorg.model.party.PartyType;
import nl.woonzorg.model.quantity.Quantity;
import nl.woonzorg.model.quantity.Unit;
import nl.woonzorg.model.targetgroup.TargetGroup;
import nl.woonzorg.model.time.Deadline;
import nl.woonzorg.model.time.Frequency;
import nl.woonzorg.model.time.YearPart;
import nl.woonzorg.model.time.YearPeriod;
import org.apiguardian.api.API;

/**
 * Worked example for the regional monitor: four gemeenten of COROP region Oost-Groningen (CR01),
 * each with a woonzorgvisie that has two goals — clustered homes for older people to build (a
 * target that counts up) and older households waiting for such a home to bring down (a target
 * that counts down) — and three years of measurements. Veendam plans its clustered homes at 5
 * per half year, a breakdown per period that the monitor judges half year by half year, and
 * measures them at mid-year too. <b>Everything but the gemeenten's names
 * and CBS codes is illustrative</b>: no such visions, targets or figures were published, and each
 * title and measurement source says so. Bundled as {@code examples/data/regio/*.json}, with a
 * region file of the user's own ({@code regio-indeling.csv}) that groups three of them.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class RegionExample {

  /** The indicator of clustered homes developed, cumulative; shared by all four visions. */
  public static final String CLUSTERED = "indicator-geclusterde-woningen";
  /** The indicator of older households waiting for a clustered home; shared by all four. */
  public static final String WAITING = "indicator-wachtenden-65-plus";
  /** The name of the region of {@link #regionsCsv()}. */
  public static final String REGION = "Voorbeeldregio Oost-Groningen (illustratief)";
  /** The source of every measurement here, so that no reader takes them for real figures. */
  public static final String ILLUSTRATIVE =
      "illustratieve meting (illustrative measurement), geen gepubliceerd cijfer";

  /**
   * One gemeente's illustrative figures: targets, baselines and levels at the end of 2022–24; for
   * one planned per half year, its levels at mid-2022–24 (else empty).
   */
  private record Gemeente(String code, String name, long homesTarget, long[] homes,
      long waitingBaseline, long waitingTarget, long[] waiting, long[] homesMidYear) {}

  private static final List<Gemeente> GEMEENTEN = List.of(
      new Gemeente("GM0037", "Stadskanaal", 60, new long[] {10, 22, 35}, 80, 40,
          new long[] {76, 70, 62}, new long[0]),
      new Gemeente("GM0047", "Veendam", 50, new long[] {5, 12, 18}, 60, 30,
          new long[] {58, 57, 55}, new long[] {2, 8, 15}),
      new Gemeente("GM1895", "Oldambt", 70, new long[] {15, 30, 48}, 90, 50,
          new long[] {85, 78, 72}, new long[0]),
      new Gemeente("GM1950", "Westerwolde", 40, new long[] {8, 16, 25}, 50, 25,
          new long[] {51, 53, 52}, new long[0]));

  /** Both goals are about older people and clustered homes. */
  private static final Scope SCOPE = Scope.builder()
      .addTargetGroups(TargetGroup.OUDEREN_65_PLUS)
      .addDwellingTypes(DwellingType.GECLUSTERDE_WOONVORM)
      .build();

  private RegionExample() {}

  /**
   * The four visions, in code order; each validates without errors in the default profile. They
   * stay in the default phase: a vision in BORGING also needs an analysis, a programme and
   * agreements, which this example, about the monitor, does not make up.
   */
  public static List<HousingCareVision> visions() {
    return GEMEENTEN.stream().map(RegionExample::vision).toList();
  }

  /** The file name each vision is bundled under, in the order of {@link #visions()}. */
  public static List<String> fileNames() {
    return GEMEENTEN.stream()
        .map(g -> g.name().toLowerCase(Locale.ROOT) + ".json")
        .toList();
  }

  /**
   * A region file of the user's own ({@link RegionSet#HEADER}): the region {@value #REGION} of
   * kind {@link RegionKind#EIGEN} with three of the four gemeenten, Westerwolde left out.
   */
  public static String regionsCsv() {
    StringBuilder csv = new StringBuilder(RegionSet.HEADER).append('\n');
    for (Gemeente gemeente : GEMEENTEN.subList(0, 3)) {
      csv.append(RegionKind.EIGEN.name()).append(',').append(REGION).append(',')
          .append(gemeente.code()).append('\n');
    }
    return csv.toString();
  }

  private static HousingCareVision vision(Gemeente g) {
    String homesGoal = "doel-geclusterd-" + g.homesTarget();
    String waitingGoal = "doel-wachtenden-" + g.waitingTarget();
    List<Measurement> measurements = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      LocalDate end = LocalDate.of(2022 + i, 12, 31);
      measurements.add(measurement(CLUSTERED, end, g.homes()[i]));
      measurements.add(measurement(WAITING, end, g.waiting()[i]));
      if (g.homesMidYear().length > 0) {
        measurements.add(measurement(CLUSTERED, LocalDate.of(2022 + i, 6, 30),
            g.homesMidYear()[i]));
      }
    }
    measurements.sort(Comparator.comparing(Measurement::getReferenceDate));
    return HousingCareVision.builder()
        .id("woonzorgvisie-" + g.code().toLowerCase(Locale.ROOT) + "-illustratief")
        .title("Woonzorgvisie " + g.name() + " 2021-2026 (illustratief voorbeeld)")
        .area(Area.municipality(g.code(), g.name()))
        .period(YearPeriod.of(2021, 2026))
        .addParties(Party.of(g.code(), "Gemeente " + g.name(), PartyType.GEMEENTE))
        .addAmbitions(Ambition.of("ambitie-geclusterd", "Meer geclusterde woonvormen voor"
            + " ouderen, zodat minder ouderen op zo'n woning wachten."))
        .addGoals(Goal.builder()
                .id(homesGoal)
                .title(g.homesTarget() + " geclusterde wooneenheden in 2026")
                .ambitionId("ambitie-geclusterd")
                .indicatorId(CLUSTERED)
                .target(Quantity.of(g.homesTarget(), Unit.WONINGEN))
                .baseline(Quantity.of(0, Unit.WONINGEN)).baselineYear(2021)
                .deadline(Deadline.ofYear(2026))
                .scope(SCOPE)
                .addOwnerPartyIds(g.code())
                .breakdowns(perHalfYear(g))
                .build(),
            Goal.builder()
                .id(waitingGoal)
                .title("Van " + g.waitingBaseline() + " naar " + g.waitingTarget()
                    + " wachtende oudere huishoudens in 2026")
                .ambitionId("ambitie-geclusterd")
                .indicatorId(WAITING)
                .target(Quantity.of(g.waitingTarget(), Unit.HUISHOUDENS))
                .baseline(Quantity.of(g.waitingBaseline(), Unit.HUISHOUDENS)).baselineYear(2021)
                .deadline(Deadline.ofYear(2026))
                .scope(SCOPE)
                .addOwnerPartyIds(g.code())
                .build())
        .monitoring(Monitoring.builder()
            .addIndicators(
                Indicator.builder().id(CLUSTERED).name("Ontwikkelde geclusterde wooneenheden")
                    .unit(Unit.WONINGEN).addGoalIds(homesGoal).build(),
                Indicator.builder().id(WAITING).name("Oudere huishoudens die wachten op een"
                    + " geclusterde woning").unit(Unit.HUISHOUDENS).addGoalIds(waitingGoal)
                    .build())
            .measurements(measurements)
            // Illustrative too: a signal when more than 80 older households wait, which only
            // Oldambt's 85 of 2022 crosses, so that the monitor shows a warning fired.
            .addThresholds(EarlyWarningThreshold.builder().indicatorId(WAITING)
                .comparison(Comparison.BOVEN).value(BigDecimal.valueOf(80))
                .description("meer dan 80 oudere huishoudens wachten (illustratief)").build())
            .reportingFrequency(Frequency.yearly())
            .build())
        .build();
  }

  /**
   * For a gemeente measured at mid-year, its homes target spread evenly over the half years of
   * 2022–2026; else no breakdown.
   */
  private static List<Breakdown> perHalfYear(Gemeente g) {
    if (g.homesMidYear().length == 0) {
      return List.of();
    }
    List<BreakdownPart> halves = new ArrayList<>();
    for (int year = 2022; year <= 2026; year++) {
      for (YearPart half : List.of(YearPart.EERSTE_HELFT, YearPart.TWEEDE_HELFT)) {
        halves.add(BreakdownPart.builder().label(half.getLabelNl() + " " + year)
            .value(BigDecimal.valueOf(g.homesTarget() / 10))
            .year(year).partOfYear(half).build());
      }
    }
    return List.of(Breakdown.builder().dimension(BreakdownDimension.PERIODE).parts(halves)
        .build());
  }

  private static Measurement measurement(String indicator, LocalDate date, long value) {
    return Measurement.builder().indicatorId(indicator).referenceDate(date)
        .value(BigDecimal.valueOf(value)).source(ILLUSTRATIVE).build();
  }
}
