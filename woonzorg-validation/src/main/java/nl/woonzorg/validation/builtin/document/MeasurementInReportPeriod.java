package nl.woonzorg.validation.builtin.document;

import java.util.List;
import nl.woonzorg.model.document.MonitorReport;
import nl.woonzorg.model.document.PolicyDocument;
import nl.woonzorg.model.monitoring.Measurement;
import nl.woonzorg.model.report.JsonPointer;
import nl.woonzorg.model.report.Severity;
import nl.woonzorg.validation.internal.BuiltIn;
import nl.woonzorg.validation.internal.BuiltInRule;
import nl.woonzorg.validation.rule.DocumentRule;
import nl.woonzorg.validation.rule.RuleContext;
import nl.woonzorg.validation.rule.RuleDefinition;
import org.apiguardian.api.API;

/**
 * <b>WZ-DOC-08</b>: each measurement of a monitor falls in the years the monitor reports on, if it
 * names them.
 */
@API(status = API.Status.INTERNAL, since = "0.2.0")
@BuiltInRule
public final class MeasurementInReportPeriod implements DocumentRule {

  private static final RuleDefinition DEFINITION = BuiltIn.rule("WZ-DOC-08")
      .severity(Severity.ERROR)
      .rationale("A measurement outside the reported years belongs to another report; mixed in, it distorts"
          + " the comparison the monitor makes.")
      .source("DOMAIN.md § Borging (yearly or periodic progress reports)")
      .example("A monitor over 2023-2024 with a measurement dated 2021-01-01.")
      .arguments("indicatorId", "period")
      .build();

  /** Creates the rule; it holds no state. */
  public MeasurementInReportPeriod() {}

  @Override
  public RuleDefinition definition() {
    return DEFINITION;
  }

  @Override
  public void check(PolicyDocument document, RuleContext context) {
    if (document instanceof MonitorReport monitor) {
      monitor.getPeriod().ifPresent(period -> {
        List<Measurement> measurements = monitor.getMonitoring().getMeasurements();
        for (int i = 0; i < measurements.size(); i++) {
          Measurement measurement = measurements.get(i);
          if (!period.contains(measurement.getReferenceDate().getYear())) {
            context.report(JsonPointer.of("monitoring", "measurements").append(i)
                    .append("referenceDate"), measurement.getReferenceDate(),
                measurement.getIndicatorId(), period);
          }
        }
      });
    }
  }
}
