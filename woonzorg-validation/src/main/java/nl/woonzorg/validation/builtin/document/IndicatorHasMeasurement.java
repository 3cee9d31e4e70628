package nl.woonzorg.validation.builtin.document;

import java.util.List;
import nl.woonzorg.model.document.MonitorReport;
import nl.woonzorg.model.document.PolicyDocument;
import nl.woonzorg.model.monitoring.Indicator;
import nl.woonzorg.model.report.JsonPointer;
import nl.woonzorg.model.report.Severity;
import nl.woonzorg.validation.internal.BuiltIn;
import nl.woonzorg.validation.internal.BuiltInRule;
import nl.woonzorg.validation.rule.DocumentRule;
import nl.woonzorg.validation.rule.RuleContext;
import nl.woonzorg.validation.rule.RuleDefinition;
import org.apiguardian.api.API;

/**
 * <b>WZ-DOC-07</b>: each indicator of a monitor has at least one measurement; one finding per
 * indicator without.
 */
@API(status = API.Status.INTERNAL, since = "0.2.0")
@BuiltInRule
public final class IndicatorHasMeasurement implements DocumentRule {

  private static final RuleDefinition DEFINITION = BuiltIn.rule("WZ-DOC-07")
      .severity(Severity.WARNING)
      .rationale("A monitor reports measurements; an indicator it names but does not measure is a gap a"
          + " reader should see, not a blank.")
      .source("DOMAIN.md § Borging; seed 001, Wonen en Zorg op de kaart")
      .example("A monitor with indicator aantal-geclusterde-woningen and no measurement of it.")
      .arguments("documentId", "indicatorId")
      .build();

  /** Creates the rule; it holds no state. */
  public IndicatorHasMeasurement() {}

  @Override
  public RuleDefinition definition() {
    return DEFINITION;
  }

  @Override
  public void check(PolicyDocument document, RuleContext context) {
    if (document instanceof MonitorReport monitor) {
      List<Indicator> indicators = monitor.getMonitoring().getIndicators();
      for (int i = 0; i < indicators.size(); i++) {
        String id = indicators.get(i).getId();
        if (monitor.getMonitoring().getMeasurements().stream()
            .noneMatch(m -> m.getIndicatorId().equals(id))) {
          context.report(JsonPointer.of("monitoring", "indicators").append(i), null,
              monitor.getId(), id);
        }
      }
    }
  }
}
