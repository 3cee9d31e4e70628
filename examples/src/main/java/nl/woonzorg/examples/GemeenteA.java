package nl.woonzorg.examples;

import static nl.woonzorg.model.fixture.GemeenteA.GOAL_CLUSTERED;
import static nl.woonzorg.model.fixture.GemeenteA.INDICATOR_CLUSTERED;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import nl.woonzorg.model.HousingCareVision;
import nl.woonzorg.model.agreement.PerformanceAgreement;
import nl.woonzorg.model.agreement.YearSlice;
import nl.woonzorg.model.goal.Breakdown;
import nl.woonzorg.model.goal.Goal;
import nl.woonzorg.model.monitoring.Measurement;
import nl.woonzorg.model.monitoring.Monitoring;
import nl.woonzorg.model.quantity.Quantity;
import nl.woonzorg.validation.WoonzorgValidator;
import nl.woonzorg.validation.rule.Profile;
import org.apiguardian.api.API;

/**
 * Worked example 1: Gemeente A, clustered housing, through all five phases — the Taskforce Wonen
 * en Zorg's example (seed "Geclusterde woonvormen gemeente A"), one statement per phase, as a
 * model. The vision is the model's test fixture {@link nl.woonzorg.model.fixture.GemeenteA}, the
 * one copy of the example, which says what in it is the seed's and what is illustrative.
 *
 * <p>The seed gives no monitoring figures. So that the report can chart the goal against its
 * monitoring, {@link #monitoring()} adds three <b>illustrative measurements</b> to the fixture's,
 * each marked as such in its source, and {@link #clusteredHousingAgreement()} four illustrative
 * jaarschijven; they are not the seed's. Bundled as {@code
 * examples/data/gemeente-a.json}. Run {@link #main(String[])} to see it validated.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class GemeenteA {

  /** The source of every measurement here, so that no reader takes them for the seed's. */
  public static final String ILLUSTRATIVE =
      "illustratieve meting (illustrative measurement), geen cijfer uit de bron";

  /** The description of every jaarschijf here, so that no reader takes them for the seed's. */
  public static final String ILLUSTRATIVE_SLICE =
      "illustratieve jaarschijf (illustrative year slice), geen cijfer uit de bron";

  private GemeenteA() {}

  /**
   * The fixture's vision, in phase BORGING, with the illustrative measurements; validates as
   * CONFORM in profile VASTGESTELD.
   */
  public static HousingCareVision vision() {
    return HousingCareVision.builder().from(nl.woonzorg.model.fixture.GemeenteA.vision())
        .agreements(List.of(clusteredHousingAgreement(),
            nl.woonzorg.model.fixture.GemeenteA.monitoringAgreement()))
        .monitoring(monitoring())
        .build();
  }

  /**
   * The fixture's agreement on the 110 clustered units, with four <b>illustrative
   * jaarschijven</b> of 20, 35, 35 and 20 over 2022–2025, each marked as such: the seed gives only
   * the 110 by 2025. Against the illustrative measurements, 2023 falls 5 short and 2024 makes it
   * up.
   */
  public static PerformanceAgreement clusteredHousingAgreement() {
    return PerformanceAgreement.builder()
        .from(nl.woonzorg.model.fixture.GemeenteA.clusteredHousingAgreement())
        .yearSlices(List.of(slice(2022, 20), slice(2023, 35), slice(2024, 35), slice(2025, 20)))
        .build();
  }

  private static YearSlice slice(int year, long units) {
    return YearSlice.builder().year(year).value(BigDecimal.valueOf(units))
        .description(ILLUSTRATIVE_SLICE).build();
  }

  /**
   * Borging: the fixture's yearly monitoring of the clustered housing developed, with three
   * illustrative measurements of the units developed so far (cumulative, at the end of 2022, 2023
   * and 2024).
   */
  public static Monitoring monitoring() {
    return Monitoring.builder().from(nl.woonzorg.model.fixture.GemeenteA.monitoring())
        // Illustrative: the seed reports no progress. 2022's 20 are corporation x's homes in wijk
        // y, which the programme plans for that year; the later figures are invented.
        .addMeasurements(
            illustrative(LocalDate.of(2022, 12, 31), 20),
            illustrative(LocalDate.of(2023, 12, 31), 50),
            illustrative(LocalDate.of(2024, 12, 31), 90))
        .build();
  }

  private static Measurement illustrative(LocalDate referenceDate, long units) {
    return Measurement.builder()
        .indicatorId(INDICATOR_CLUSTERED)
        .referenceDate(referenceDate)
        .value(BigDecimal.valueOf(units))
        .source(ILLUSTRATIVE)
        .build();
  }

  /**
   * A few lines on the example: the goal, its breakdown, the programme's output, the latest
   * measurement and the verdict in profile VASTGESTELD.
   */
  public static List<String> summary() {
    HousingCareVision vision = vision();
    Goal goal = vision.findGoal(GOAL_CLUSTERED).orElseThrow();
    Quantity target = goal.getTarget().orElseThrow();
    Breakdown byMode = goal.getBreakdowns().get(0);
    BigDecimal planned = vision.getProgramme().orElseThrow().getActivities().stream()
        .flatMap(activity -> activity.getOutput().stream())
        .map(Quantity::getValue)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
    Measurement latest =
        lastOf(vision.getMonitoring().orElseThrow().measurementsOf(INDICATOR_CLUSTERED));
    return List.of(
        vision.getTitle() + " (" + vision.getStatus().getLabelNl() + ", fase "
            + vision.getCurrentPhase().getLabelNl() + ")",
        "doel: " + target + " in " + goal.getDeadline().orElseThrow().deadlineYear() + ", "
            + Examples.parts(byMode),
        "uitvoeringsprogramma: " + vision.getProgramme().orElseThrow().getActivities().size()
            + " activiteiten, samen " + planned.toPlainString() + " woningen",
        "laatste meting (illustratief): " + latest.getValue().toPlainString() + " op "
            + latest.getReferenceDate(),
        Examples.verdictLine(WoonzorgValidator.builder().profile(Profile.VASTGESTELD).build()
            .validate(vision)));
  }

  private static Measurement lastOf(List<Measurement> measurements) {
    return measurements.get(measurements.size() - 1);
  }

  /** Prints {@link #summary()}. */
  public static void main(String[] args) {
    summary().forEach(System.out::println);
  }
}
