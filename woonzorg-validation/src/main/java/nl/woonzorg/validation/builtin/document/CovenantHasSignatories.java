package nl.woonzorg.validation.builtin.document;

import nl.woonzorg.model.document.CovenantDocument;
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
 * <b>WZ-DOC-05</b>: a covenant, pact or samenwerkingsovereenkomst is signed by at least two
 * parties: advised for a draft, required in profile VASTGESTELD.
 */
@API(status = API.Status.INTERNAL, since = "0.2.0")
@BuiltInRule
public final class CovenantHasSignatories implements DocumentRule {

  private static final RuleDefinition DEFINITION = BuiltIn.rule("WZ-DOC-05")
      .severity(Severity.WARNING, Severity.ERROR)
      .rationale("Cooperation takes two; a covenant that records fewer signatories does not say who is bound"
          + " by it.")
      .source("Seed 001 (Taskforce Wonen en Zorg), Samenwerking is de sleutel; issue 16")
      .example("A pact whose signatoryPartyIds is empty.")
      .arguments("documentId", "signatories")
      .build();

  /** Creates the rule; it holds no state. */
  public CovenantHasSignatories() {}

  @Override
  public RuleDefinition definition() {
    return DEFINITION;
  }

  @Override
  public void check(PolicyDocument document, RuleContext context) {
    if (document instanceof CovenantDocument covenant) {
      long signatories = covenant.getSignatoryPartyIds().stream().distinct().count();
      if (signatories < 2) {
        context.report(JsonPointer.of("signatoryPartyIds"), null, covenant.getId(), signatories);
      }
    }
  }
}
