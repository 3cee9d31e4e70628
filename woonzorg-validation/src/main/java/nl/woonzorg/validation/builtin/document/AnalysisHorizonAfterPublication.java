package nl.woonzorg.validation.builtin.document;

import nl.woonzorg.model.document.AnalysisDocument;
import nl.woonzorg.model.document.PolicyDocument;
import nl.woonzorg.model.report.JsonPointer;
import nl.woonzorg.model.report.Severity;
import nl.woonzorg.validation.internal.BuiltIn;
import nl.woonzorg.validation.internal.BuiltInRule;
import nl.woonzorg.validation.rule.DocumentRule;
import nl.woonzorg.validation.rule.RuleContext;
import nl.woonzorg.validation.rule.RuleDefinition;
import org.apiguardian.api.API;

/**
 * <b>WZ-DOC-04</b>: an analysis's horizon year is not before the year it was published: it looks
 * ahead, not back.
 */
@API(status = API.Status.INTERNAL, since = "0.2.0")
@BuiltInRule
public final class AnalysisHorizonAfterPublication implements DocumentRule {

  private static final RuleDefinition DEFINITION = BuiltIn.rule("WZ-DOC-04")
      .severity(Severity.ERROR)
      .rationale("A horizon before the publication is a typing error or a mixed-up year; either way the"
          + " forecast it dates cannot be read.")
      .source("Seed 002: \"over vijftien jaar is een op de vijf Rotterdammers ouder dan 65\"; issue 16")
      .example("An analysis published on 2024-03-12 with horizonYear 2014.")
      .arguments("documentId", "publishedYear")
      .build();

  /** Creates the rule; it holds no state. */
  public AnalysisHorizonAfterPublication() {}

  @Override
  public RuleDefinition definition() {
    return DEFINITION;
  }

  @Override
  public void check(PolicyDocument document, RuleContext context) {
    if (document instanceof AnalysisDocument analysis) {
      analysis.getHorizonYear().ifPresent(horizon -> analysis.getPublishedOn().ifPresent(date -> {
        if (horizon < date.getYear()) {
          context.report(JsonPointer.of("horizonYear"), horizon, analysis.getId(), date.getYear());
        }
      }));
    }
  }
}
