package nl.woonzorg.analysis.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import nl.woonzorg.model.goal.Goal;
import nl.woonzorg.model.monitoring.Indicator;
import nl.woonzorg.model.monitoring.Measurement;
import nl.woonzorg.model.monitoring.Monitoring;
import nl.woonzorg.model.quantity.Unit;
import org.junit.jupiter.api.Test;

/**
 * Goal to indicators to measurements, on the Gemeente A pattern: the goal of 110 clustered units
 * names its own indicator, a second indicator (meeting rooms) lists the goal, and a third follows
 * another goal.
 */
class GoalSeriesTest {

  private static final Goal GECLUSTERD = Goal.builder()
      .id("geclusterd").title("110 nieuwe geclusterde wooneenheden")
      .indicatorId("aantal-geclusterd")
      .build();

  private static final Indicator AANTAL_GECLUSTERD =
      Indicator.of("aantal-geclusterd", "aantal geclusterde woningen", Unit.WONINGEN);
  private static final Indicator ONTMOETINGSRUIMTEN = Indicator.builder()
      .id("ontmoetingsruimten").name("aantal ontmoetingsruimten").unit(Unit.ONTMOETINGSRUIMTEN)
      .addGoalId("geclusterd")
      .build();
  private static final Indicator NULTREDEN = Indicator.builder()
      .id("nultreden").name("aantal nultredenwoningen").unit(Unit.WONINGEN)
      .addGoalId("nultreden")
      .build();

  private static final Monitoring MONITORING = Monitoring.builder()
      // Listed before the goal's own indicator, which still comes first in the series.
      .addIndicators(ONTMOETINGSRUIMTEN, NULTREDEN, AANTAL_GECLUSTERD)
      .addMeasurements(
          Measurement.of("aantal-geclusterd", LocalDate.of(2024, 1, 1), 90),
          Measurement.of("ontmoetingsruimten", LocalDate.of(2023, 1, 1), 2),
          Measurement.of("nultreden", LocalDate.of(2022, 1, 1), 500),
          Measurement.of("aantal-geclusterd", LocalDate.of(2022, 1, 1), 20),
          Measurement.of("aantal-geclusterd", LocalDate.of(2023, 1, 1), 50))
      .build();

  @Test
  void theGoalsOwnIndicatorComesFirstThenThoseThatListTheGoal() {
    GoalSeries series = GoalSeries.of(GECLUSTERD, MONITORING);

    assertEquals(GECLUSTERD, series.goal());
    assertEquals(List.of("aantal-geclusterd", "ontmoetingsruimten"), series.indicatorIds());
    assertEquals(List.of(AANTAL_GECLUSTERD, ONTMOETINGSRUIMTEN), series.indicators());
  }

  @Test
  void theMeasurementsAreOldestFirstAndOnOneDateInIndicatorOrder() {
    GoalSeries series = GoalSeries.of(GECLUSTERD, MONITORING);

    assertEquals(List.of(
            Measurement.of("aantal-geclusterd", LocalDate.of(2022, 1, 1), 20),
            Measurement.of("aantal-geclusterd", LocalDate.of(2023, 1, 1), 50),
            Measurement.of("ontmoetingsruimten", LocalDate.of(2023, 1, 1), 2),
            Measurement.of("aantal-geclusterd", LocalDate.of(2024, 1, 1), 90)),
        series.measurements());
  }

  @Test
  void anIndicatorTheMonitoringDoesNotDefineStillHasItsMeasurementsCounted() {
    Goal draft = Goal.builder().id("draft").title("Concept").indicatorId("later").build();
    Monitoring monitoring = Monitoring.builder()
        .addMeasurements(Measurement.of("later", LocalDate.of(2025, 1, 1), 3))
        .build();

    GoalSeries series = GoalSeries.of(draft, monitoring);

    assertEquals(List.of("later"), series.indicatorIds());
    assertEquals(List.of(), series.indicators());
    assertEquals(List.of(Measurement.of("later", LocalDate.of(2025, 1, 1), 3)),
        series.measurements());
  }

  @Test
  void aGoalNothingFollowsHasAnEmptySeries() {
    Goal alone = Goal.builder().id("alleen").title("Zonder indicator").build();

    GoalSeries series = GoalSeries.of(alone, MONITORING);

    assertEquals(List.of(), series.indicatorIds());
    assertEquals(List.of(), series.measurements());
    assertEquals(series, GoalSeries.of(alone, Monitoring.builder().build()));
  }
}
