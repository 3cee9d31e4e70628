package nl.woonzorg.validation.builtin.breakdown;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import nl.woonzorg.model.HousingCareVision;
import nl.woonzorg.model.analysis.SupplyDemandFigure;
import nl.woonzorg.model.goal.Breakdown;
import nl.woonzorg.model.monitoring.Measurement;
import nl.woonzorg.model.quantity.Unit;
import nl.woonzorg.model.report.JsonPointer;
import nl.woonzorg.model.report.Severity;
import nl.woonzorg.validation.internal.BuiltIn;
import nl.woonzorg.validation.internal.BuiltInRule;
import nl.woonzorg.validation.rule.RuleContext;
import nl.woonzorg.validation.rule.RuleDefinition;
import nl.woonzorg.validation.rule.VisionRule;
import org.apiguardian.api.API;

/**
 * <b>WZ-SUM-06</b>: the breakdowns of an analysis figure and of a measurement add up to its value
 * — a count of clustered homes split by owner category or clustering form, say — as a goal's
 * breakdowns add up to its target (WZ-SMART-R-01). Parts in percent add up to 100. A measurement
 * carries no unit of its own (its indicator does), so its parts are taken to be in its unit unless
 * the breakdown says percent.
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
@BuiltInRule
public final class FigureBreakdownAddsUpToValue implements VisionRule {

  private static final BigDecimal ONE_HUNDRED = BigDecimal.valueOf(100);

  private static final RuleDefinition DEFINITION = BuiltIn.rule("WZ-SUM-06")
      .severity(Severity.ERROR)
      .rationale("Monitors and analyses split a count by who owns the homes and how they are"
          + " clustered; parts that do not add up contradict the count, and one of the two is"
          + " wrong.")
      .source("Issue 16 (breakdowns on figures and measurements: corporatie, particulier koop,"
          + " particulier huur, overig; in one dwelling, in a complex, spread through the"
          + " neighbourhood)")
      .example("A figure of 120 clustered homes split as 80 corporatie + 30 particulier.")
      .arguments("subject", "dimension", "total", "value")
      .build();

  /** Creates the rule; it holds no state. */
  public FigureBreakdownAddsUpToValue() {}

  @Override
  public RuleDefinition definition() {
    return DEFINITION;
  }

  @Override
  public void check(HousingCareVision vision, RuleContext context) {
    vision.getAnalysis().ifPresent(analysis -> {
      List<SupplyDemandFigure> figures = analysis.getFigures();
      for (int i = 0; i < figures.size(); i++) {
        SupplyDemandFigure figure = figures.get(i);
        JsonPointer at = JsonPointer.of("analysis", "figures").append(i).append("breakdowns");
        for (int j = 0; j < figure.getBreakdowns().size(); j++) {
          Breakdown breakdown = figure.getBreakdowns().get(j);
          check(context, at.append(j), figure.getId(), breakdown,
              breakdown.expectedTotal(figure.getValue()));
        }
      }
    });
    vision.getMonitoring().ifPresent(monitoring -> {
      List<Measurement> measurements = monitoring.getMeasurements();
      for (int i = 0; i < measurements.size(); i++) {
        Measurement measurement = measurements.get(i);
        JsonPointer at =
            JsonPointer.of("monitoring", "measurements").append(i).append("breakdowns");
        for (int j = 0; j < measurement.getBreakdowns().size(); j++) {
          Breakdown breakdown = measurement.getBreakdowns().get(j);
          BigDecimal expected = breakdown.getUnit().filter(u -> u == Unit.PROCENT).isPresent()
              ? ONE_HUNDRED : measurement.getValue();
          check(context, at.append(j),
              measurement.getIndicatorId() + " " + measurement.getReferenceDate(), breakdown,
              Optional.of(expected));
        }
      }
    });
  }

  private static void check(RuleContext context, JsonPointer at, String subject,
      Breakdown breakdown, Optional<BigDecimal> expected) {
    BigDecimal total = breakdown.total();
    if (!breakdown.getParts().isEmpty() && expected.isPresent()
        && total.compareTo(expected.get()) != 0) {
      context.report(at, total, subject, breakdown.getDimension(), total,
          expected.get());
    }
  }
}
