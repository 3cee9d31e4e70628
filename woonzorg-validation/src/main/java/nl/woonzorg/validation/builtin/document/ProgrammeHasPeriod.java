package nl.woonzorg.validation.builtin.document;

import nl.woonzorg.model.document.PolicyDocument;
import nl.woonzorg.model.document.ProgrammeDocument;
import nl.woonzorg.model.report.JsonPointer;
import nl.woonzorg.model.report.Severity;
import nl.woonzorg.validation.internal.BuiltIn;
import nl.woonzorg.validation.internal.BuiltInRule;
import nl.woonzorg.validation.rule.DocumentRule;
import nl.woonzorg.validation.rule.RuleContext;
import nl.woonzorg.validation.rule.RuleDefinition;
import org.apiguardian.api.API;

/**
 * <b>WZ-DOC-02</b>: an uitvoeringsprogramma published on its own names the years it runs, on the
 * document or on its programme: advised for a draft, required in profile VASTGESTELD.
 */
@API(status = API.Status.INTERNAL, since = "0.2.0")
@BuiltInRule
public final class ProgrammeHasPeriod implements DocumentRule {

  private static final RuleDefinition DEFINITION = BuiltIn.rule("WZ-DOC-02")
      .severity(Severity.WARNING, Severity.ERROR)
      .rationale("An uitvoeringsprogramma is usually three to five years of activities; without its years its"
          + " planning cannot be followed.")
      .source("DOMAIN.md § Prestatieafspraken (uitvoeringsprogramma: usually 3-5 years); issue 16")
      .example("Rotterdam's programme Ouder en Wijzer recorded without its years.")
      .arguments("documentId")
      .build();

  /** Creates the rule; it holds no state. */
  public ProgrammeHasPeriod() {}

  @Override
  public RuleDefinition definition() {
    return DEFINITION;
  }

  @Override
  public void check(PolicyDocument document, RuleContext context) {
    if (document instanceof ProgrammeDocument programme && programme.getPeriod().isEmpty()
        && programme.getProgramme().getPeriod().isEmpty()) {
      context.report(JsonPointer.of("period"), null, programme.getId());
    }
  }
}
