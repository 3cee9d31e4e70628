package nl.woonzorg.validation.builtin.time;

import nl.woonzorg.model.document.DocumentType;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.woonzorg.model.HousingCareVision;
import nl.woonzorg.model.document.AgreementsDocument;
import nl.woonzorg.model.document.AnalysisDocument;
import nl.woonzorg.model.document.CovenantDocument;
import nl.woonzorg.model.document.MonitorReport;
import nl.woonzorg.model.document.PolicyDocument;
import nl.woonzorg.model.document.ProgrammeDocument;
import nl.woonzorg.model.monitoring.Measurement;
import nl.woonzorg.model.report.JsonPointer;
import nl.woonzorg.model.report.Severity;
import nl.woonzorg.model.time.PartialDate;
import nl.woonzorg.validation.internal.BuiltIn;
import nl.woonzorg.validation.internal.BuiltInRule;
import nl.woonzorg.validation.rule.DocumentRule;
import nl.woonzorg.validation.rule.RuleContext;
import nl.woonzorg.validation.rule.RuleDefinition;
import nl.woonzorg.validation.rule.VisionRule;
import org.apiguardian.api.API;

/**
 * <b>WZ-TIME-04</b>: where a date is given both as a day and as the source wrote it (a year, part
 * of a year or month), the day lies within the partial date: a covenant's {@code signedOn} within
 * its {@code signedIn}, likewise {@code adoptedOn}/{@code adoptedIn} and {@code
 * publishedOn}/{@code publishedIn}, and a measurement's {@code referenceDate} within its {@code
 * referencedAs}. Otherwise the two say different things and the rules, which use the day, would
 * judge the document at a date its source does not give.
 */
@API(status = API.Status.INTERNAL, since = "0.2.0")
@BuiltInRule
public final class DateWithinPartialDate implements VisionRule, DocumentRule {

  private static final RuleDefinition DEFINITION = BuiltIn.rule("WZ-TIME-04")
      .severity(Severity.ERROR)
      .rationale("A day and the partial date given for the same event must agree; if they do"
          + " not, one of them is wrong, and the rules would use the day.")
      .source("Issue 16 (partial dates: \"sinds 2018\", \"voorjaar 2021\"; no invented dates)")
      .example("A covenant signed on 2019-03-01 with signedIn 2018.")
      .arguments("property", "date", "partial")
      .build();

  /** Creates the rule; it holds no state. */
  public DateWithinPartialDate() {}

  @Override
  public RuleDefinition definition() {
    return DEFINITION;
  }

  @Override
  public void check(HousingCareVision vision, RuleContext context) {
    vision.getMonitoring().ifPresent(monitoring -> {
      List<Measurement> measurements = monitoring.getMeasurements();
      for (int i = 0; i < measurements.size(); i++) {
        Measurement measurement = measurements.get(i);
        report(context, JsonPointer.of("monitoring", "measurements").append(i)
            .append("referencedAs"), Optional.of(measurement.getReferenceDate()),
            measurement.getReferencedAs());
      }
    });
  }

  @Override
  public void check(PolicyDocument document, RuleContext context) {
    if (document instanceof CovenantDocument covenant) {
      report(context, JsonPointer.of("signedIn"), covenant.getSignedOn(), covenant.getSignedIn());
    } else if (document instanceof AgreementsDocument agreements) {
      report(context, JsonPointer.of("signedIn"), agreements.getSignedOn(),
          agreements.getSignedIn());
    } else if (document instanceof ProgrammeDocument programme) {
      report(context, JsonPointer.of("adoptedIn"), programme.getAdoptedOn(),
          programme.getAdoptedIn());
    } else if (document instanceof AnalysisDocument analysis) {
      report(context, JsonPointer.of("publishedIn"), analysis.getPublishedOn(),
          analysis.getPublishedIn());
    } else if (document instanceof MonitorReport monitor) {
      report(context, JsonPointer.of("publishedIn"), monitor.getPublishedOn(),
          monitor.getPublishedIn());
    }
  }

  private static void report(RuleContext context, JsonPointer at, Optional<LocalDate> day,
      Optional<PartialDate> partial) {
    if (day.isPresent() && partial.isPresent()
        && (day.get().isBefore(partial.get().firstDay())
            || day.get().isAfter(partial.get().lastDay()))) {
      context.report(at, partial.get().toString(), at.toString(), day.get(), partial.get());
    }
  }

  /** A monitor's and a programme's measurements are checked as a vision's. */
  @Override
  public boolean appliesTo(DocumentType<?> type) {
    return true;
  }
}
