package nl.woonzorg.model.monitoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import nl.woonzorg.model.quantity.Unit;
import nl.woonzorg.model.time.CalendarPeriod;
import nl.woonzorg.model.time.Frequency;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

class MonitoringTest {

  private static final Validator VALIDATOR = Validation.byDefaultProvider().configure()
      .messageInterpolator(new ParameterMessageInterpolator())
      .buildValidatorFactory().getValidator();

  /** Gemeente A, phase Borging: the partners monitor the clustered housing yearly. */
  private static final Monitoring GEMEENTE_A = Monitoring.builder()
      .addIndicator(Indicator.builder().id("geclusterde-woningen")
          .name("aantal geclusterde woningen").unit(Unit.WONINGEN).addGoalId("geclusterd-110")
          .definition("zelfstandige woningen in een geclusterde woonvorm met ontmoetingsruimte")
          .build())
      .addIndicator(Indicator.of("ontmoetingsruimten", "aantal ontmoetingsruimten",
          Unit.ONTMOETINGSRUIMTEN))
      .addMeasurement(Measurement.of("geclusterde-woningen", LocalDate.of(2024, 1, 1), 60))
      .addMeasurement(Measurement.of("geclusterde-woningen", LocalDate.of(2023, 1, 1), 20))
      .addMeasurement(Measurement.of("ontmoetingsruimten", LocalDate.of(2024, 1, 1), 3))
      .addEvaluationMoment(EvaluationMoment.builder().year(2025)
          .description("Leren van ervaren obstakels; structurele financiering ontmoetingsruimten")
          .recurrence(Frequency.yearly()).addPartyIds("gemeente-a", "corporatie-x").build())
      .addThreshold(EarlyWarningThreshold.builder().indicatorId("geclusterde-woningen")
          .comparison(Comparison.ONDER).value(BigDecimal.valueOf(50))
          .checkBy(LocalDate.of(2024, 1, 1))
          .description("Minder dan 50 geclusterde woningen begin 2024: bijsturen").build())
      .reportingFrequency(Frequency.yearly())
      .build();

  @Test
  void gemeenteAMonitorsYearly() {
    assertEquals(Optional.of(Frequency.of(1, CalendarPeriod.JAAR)),
        GEMEENTE_A.getReportingFrequency());
    assertEquals(1, GEMEENTE_A.getReportingFrequency().orElseThrow().timesPerYear());
    assertEquals(Optional.of(Unit.ONTMOETINGSRUIMTEN),
        GEMEENTE_A.findIndicator("ontmoetingsruimten").map(Indicator::getUnit));
    assertEquals(Optional.empty(), GEMEENTE_A.findIndicator("wachttijd"));
    assertEquals(List.of(new BigDecimal("20"), new BigDecimal("60")),
        GEMEENTE_A.measurementsOf("geclusterde-woningen").stream().map(Measurement::getValue)
            .toList());
    assertEquals(List.of(), GEMEENTE_A.measurementsOf("wachttijd"));
    assertEquals(2025, GEMEENTE_A.getEvaluationMoments().get(0).evaluationYear());
    assertEquals(Set.of(), violations(GEMEENTE_A));
  }

  @Test
  void theThresholdJudgesOnlyMeasurementsFromItsCheckDateOn() {
    EarlyWarningThreshold threshold = GEMEENTE_A.getThresholds().get(0);
    List<Measurement> measured = GEMEENTE_A.measurementsOf("geclusterde-woningen");
    Measurement before = measured.get(0);
    Measurement onTheDay = measured.get(1);

    assertEquals(LocalDate.of(2023, 1, 1), before.getReferenceDate());
    assertTrue(threshold.isTriggeredBy(before.getValue()), "20 is below the threshold of 50");
    assertFalse(threshold.isTriggeredBy(before), "but it was measured before the check date");
    assertEquals(LocalDate.of(2024, 1, 1), onTheDay.getReferenceDate());
    assertFalse(threshold.isTriggeredBy(onTheDay), "60 is not below 50");
    assertTrue(threshold.isTriggeredBy(Measurement.of("geclusterde-woningen", LocalDate.of(2024, 1, 1), 49)));
  }

  @Test
  void aThresholdIsTriggeredStrictlyOnItsSide() {
    EarlyWarningThreshold below = EarlyWarningThreshold.of("i", Comparison.ONDER, BigDecimal.TEN);
    EarlyWarningThreshold above = EarlyWarningThreshold.of("i", Comparison.BOVEN, BigDecimal.TEN);

    assertTrue(below.isTriggeredBy(new BigDecimal("9.99")));
    assertFalse(below.isTriggeredBy(new BigDecimal("10.00")));
    assertFalse(below.isTriggeredBy(new BigDecimal("11")));
    assertTrue(above.isTriggeredBy(new BigDecimal("10.01")));
    assertFalse(above.isTriggeredBy(BigDecimal.TEN));
    assertFalse(above.isTriggeredBy(new BigDecimal("-3")));
  }

  @Test
  void aThresholdJudgesOnlyItsOwnIndicator() {
    EarlyWarningThreshold threshold =
        EarlyWarningThreshold.of("geclusterde-woningen", Comparison.ONDER, BigDecimal.TEN);
    Measurement other = Measurement.of("ontmoetingsruimten", LocalDate.of(2024, 1, 1), 3);

    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> threshold.isTriggeredBy(other));
    assertEquals("threshold on indicator 'geclusterde-woningen' cannot judge a measurement of"
        + " indicator 'ontmoetingsruimten'", e.getMessage());
  }

  @Test
  void valuesAreCanonical() {
    LocalDate date = LocalDate.of(2024, 1, 1);
    assertEquals(Measurement.of("i", date, 60), Measurement.of("i", date, new BigDecimal("60.0")));
    assertEquals(EarlyWarningThreshold.of("i", Comparison.BOVEN, new BigDecimal("5E+1")),
        EarlyWarningThreshold.of("i", Comparison.BOVEN, BigDecimal.valueOf(50)));
    assertEquals("50", EarlyWarningThreshold.of("i", Comparison.BOVEN, new BigDecimal("5E+1"))
        .getValue().toString());
  }

  @Test
  void anEvaluationMomentIsADateOrAYear() {
    assertEquals(Optional.of(LocalDate.of(2026, 3, 1)),
        EvaluationMoment.ofDate(LocalDate.of(2026, 3, 1), "Monitoringsgesprek").getDate());
    assertEquals(2026,
        EvaluationMoment.ofDate(LocalDate.of(2026, 3, 1), "Monitoringsgesprek").evaluationYear());
    assertEquals(Optional.of(2028), EvaluationMoment.ofYear(2028, "Evaluatie na 4 jaar").getYear());

    IllegalStateException both = assertThrows(IllegalStateException.class,
        () -> EvaluationMoment.builder().date(LocalDate.of(2026, 3, 1)).year(2026)
            .description("Evaluatie").build());
    IllegalStateException neither = assertThrows(IllegalStateException.class,
        () -> EvaluationMoment.builder().description("Evaluatie").build());

    assertEquals("evaluation moment 'Evaluatie' has both a date and a year; give exactly one",
        both.getMessage());
    assertEquals("evaluation moment 'Evaluatie' has neither a date nor a year; give exactly one",
        neither.getMessage());
  }

  @Test
  void violationsCascadeWithTheirPaths() {
    Monitoring monitoring = Monitoring.builder()
        .addIndicator(Indicator.builder().id("i").name(" ").unit(Unit.AANTAL).addGoalId("")
            .build())
        .addMeasurement(Measurement.builder().indicatorId("")
            .referenceDate(LocalDate.of(2024, 1, 1)).value(BigDecimal.ONE).source(" ").build())
        .addEvaluationMoment(EvaluationMoment.builder().year(2025).description(" ")
            .recurrence(Frequency.of(0, CalendarPeriod.JAAR)).build())
        .addThreshold(EarlyWarningThreshold.builder().indicatorId(" ").comparison(Comparison.BOVEN)
            .value(BigDecimal.ONE).description("").build())
        .reportingFrequency(Frequency.of(0, CalendarPeriod.KWARTAAL))
        .build();

    assertEquals(Set.of(
            "evaluationMoments[0].description: must not be blank",
            "evaluationMoments[0].recurrence.times: must be greater than 0",
            "indicators[0].goalIds[0].<list element>: must not be blank",
            "indicators[0].name: must not be blank",
            "measurements[0].indicatorId: must not be blank",
            "measurements[0].source: must not be blank",
            "reportingFrequency.times: must be greater than 0",
            "thresholds[0].description: must not be blank",
            "thresholds[0].indicatorId: must not be blank"),
        violations(monitoring));
  }

  @Test
  void codesAndLabels() {
    assertEquals(Comparison.ONDER, Comparison.fromCode("ONDER"));
    assertEquals(Comparison.BOVEN, Comparison.fromCode("BOVEN"));
    assertEquals("onder", Comparison.ONDER.getLabelNl());
    assertEquals("above", Comparison.BOVEN.getLabelEn());
  }

  private static Set<String> violations(Object bean) {
    Set<String> result = new TreeSet<>();
    for (ConstraintViolation<Object> v : VALIDATOR.validate(bean)) {
      result.add(v.getPropertyPath() + ": " + v.getMessage());
    }
    return result;
  }
}
