package nl.woonzorg.validation.builtin.dwelling;

import java.util.Optional;
import nl.woonzorg.model.dwelling.Dwelling;
import nl.woonzorg.model.report.JsonPointer;
import nl.woonzorg.model.report.Severity;
import nl.woonzorg.model.vera.HousingForm;
import nl.woonzorg.validation.internal.BuiltIn;
import nl.woonzorg.validation.internal.BuiltInRule;
import nl.woonzorg.validation.internal.ClusteredHomeRule;
import nl.woonzorg.validation.rule.RuleContext;
import nl.woonzorg.validation.rule.RuleDefinition;
import org.apiguardian.api.API;

/**
 * <b>WZ-DWELLING-05</b>: a home of a clustered housing form (GEC or ZWO) records its
 * accessibility label, so that its zero-step status can be checked.
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
@BuiltInRule
public final class ClusteredHomeHasAccessibilityLabel implements ClusteredHomeRule {

  private static final RuleDefinition DEFINITION = BuiltIn.rule("WZ-DWELLING-05")
      .severity(Severity.INFO, Severity.WARNING)
      .rationale("The national programme counts clustered and care-ready homes as zero-step homes;"
          + " without a label that cannot be confirmed from the record.")
      .source("VERA reference data v4.3.260403 (Aedes), WOONVORM and TOEGANKELIJKHEIDSLABEL, as"
          + " mirrored by the model; DOMAIN.md § Dwelling types")
      .example("A dwelling with housingForm GEC and no accessibilityLabel.")
      .arguments("housingForm")
      .build();

  /** Creates the rule; it holds no state. */
  public ClusteredHomeHasAccessibilityLabel() {}

  @Override
  public RuleDefinition definition() {
    return DEFINITION;
  }

  @Override
  public void check(Dwelling dwelling, RuleContext context) {
    Optional<HousingForm> form = ClusteredHomeRule.clusteredForm(dwelling);
    if (form.isPresent() && dwelling.getAccessibilityLabel().isEmpty()) {
      context.report(JsonPointer.of("accessibilityLabel"), null, form.get());
    }
  }
}
