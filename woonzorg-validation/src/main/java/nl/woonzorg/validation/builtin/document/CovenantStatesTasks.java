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
 * <b>WZ-DOC-06</b>: a covenant states the tasks it gives its parties or the working arrangements
 * made under it; one without either records only that the parties met.
 */
@API(status = API.Status.INTERNAL, since = "0.2.0")
@BuiltInRule
public final class CovenantStatesTasks implements DocumentRule {

  private static final RuleDefinition DEFINITION = BuiltIn.rule("WZ-DOC-06")
      .severity(Severity.WARNING)
      .rationale("The seeds' covenants matter for what they make parties do (the Alkmaar pact's three tasks,"
          + " its werkafspraken on outflow); without them agreements cannot refer to them.")
      .source("Seed 001 (Taskforce Wonen en Zorg), Regio Alkmaar: pact als basis voor afspraken")
      .example("A covenant with neither tasks nor workingArrangements.")
      .arguments("documentId")
      .build();

  /** Creates the rule; it holds no state. */
  public CovenantStatesTasks() {}

  @Override
  public RuleDefinition definition() {
    return DEFINITION;
  }

  @Override
  public void check(PolicyDocument document, RuleContext context) {
    if (document instanceof CovenantDocument covenant && covenant.getTasks().isEmpty()
        && covenant.getWorkingArrangements().isEmpty()) {
      context.report(JsonPointer.of("tasks"), null, covenant.getId());
    }
  }
}
