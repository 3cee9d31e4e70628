package nl.woonzorg.validation.builtin.document;

import nl.woonzorg.model.HousingCareVision;
import nl.woonzorg.model.report.JsonPointer;
import nl.woonzorg.model.report.Severity;
import nl.woonzorg.validation.internal.BuiltIn;
import nl.woonzorg.validation.internal.BuiltInRule;
import nl.woonzorg.validation.rule.RuleContext;
import nl.woonzorg.validation.rule.RuleDefinition;
import nl.woonzorg.validation.rule.VisionRule;
import org.apiguardian.api.API;

/**
 * <b>WZ-DOC-01</b>: a vision names the years it covers: advised for a draft, required once adopted
 * (profile VASTGESTELD). The wire format lets a vision leave its period out, as many real ones
 * do; this rule says when that is not good enough.
 */
@API(status = API.Status.INTERNAL, since = "0.2.0")
@BuiltInRule
public final class VisionHasPeriod implements VisionRule {

  private static final RuleDefinition DEFINITION = BuiltIn.rule("WZ-DOC-01")
      .severity(Severity.WARNING, Severity.ERROR)
      .rationale("Goals and agreements are judged against the years a vision covers; a draft may not know"
          + " them yet, an adopted vision must, or its deadlines cannot be checked.")
      .source("Issue 16: real visions without a period; DOMAIN.md § What a woonzorgvisie is")
      .example("An adopted woonzorgvisie without period.")
      .arguments("visionId")
      .build();

  /** Creates the rule; it holds no state. */
  public VisionHasPeriod() {}

  @Override
  public RuleDefinition definition() {
    return DEFINITION;
  }

  @Override
  public void check(HousingCareVision vision, RuleContext context) {
    if (vision.getPeriod().isEmpty()) {
      context.report(JsonPointer.of("period"), null, vision.getId());
    }
  }
}
