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
 * <b>WZ-DOC-03</b>: an analysis names who made it (authorPartyIds), so that a reader can weigh its
 * figures.
 */
@API(status = API.Status.INTERNAL, since = "0.2.0")
@BuiltInRule
public final class AnalysisNamesItsMakers implements DocumentRule {

  private static final RuleDefinition DEFINITION = BuiltIn.rule("WZ-DOC-03")
      .severity(Severity.WARNING)
      .rationale("A needs estimate is only as good as whoever made it; a behoefteraming by a research bureau"
          + " and one by the municipality itself are read differently.")
      .source("Seed 002 (Taskforce Wonen en Zorg, Fase 2): Maassluis's behoefteraming; issue 16")
      .example("An analysis document with no authorPartyIds.")
      .arguments("documentId")
      .build();

  /** Creates the rule; it holds no state. */
  public AnalysisNamesItsMakers() {}

  @Override
  public RuleDefinition definition() {
    return DEFINITION;
  }

  @Override
  public void check(PolicyDocument document, RuleContext context) {
    if (document instanceof AnalysisDocument analysis && analysis.getAuthorPartyIds().isEmpty()) {
      context.report(JsonPointer.of("authorPartyIds"), null, analysis.getId());
    }
  }
}
