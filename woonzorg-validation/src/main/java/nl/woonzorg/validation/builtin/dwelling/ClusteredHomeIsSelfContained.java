package nl.woonzorg.validation.builtin.dwelling;

import java.util.Optional;
import nl.woonzorg.model.dwelling.Dwelling;
import nl.woonzorg.model.report.JsonPointer;
import nl.woonzorg.model.report.Severity;
import nl.woonzorg.model.vera.HousingForm;
import nl.woonzorg.model.vera.UnitDetailKind;
import nl.woonzorg.model.vera.UnitKind;
import nl.woonzorg.validation.internal.BuiltIn;
import nl.woonzorg.validation.internal.BuiltInRule;
import nl.woonzorg.validation.internal.ClusteredHomeRule;
import nl.woonzorg.validation.rule.RuleContext;
import nl.woonzorg.validation.rule.RuleDefinition;
import org.apiguardian.api.API;

/**
 * <b>WZ-DWELLING-03</b>: a home of a clustered housing form (GEC, or ZWO which meets the GEC
 * criteria) is a self-contained home: unit kind WOO (woonruimte) and not a room (KAM).
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
@BuiltInRule
public final class ClusteredHomeIsSelfContained implements ClusteredHomeRule {

  private static final RuleDefinition DEFINITION = BuiltIn.rule("WZ-DWELLING-03")
      .severity(Severity.ERROR)
      .rationale("VERA defines clustered housing as self-contained homes in one building with a"
          + " meeting room; a room, or a unit that is not living space, cannot be one.")
      .source("VERA reference data v4.3.260403 (Aedes), WOONVORM and TOEGANKELIJKHEIDSLABEL, as"
          + " mirrored by the model; DOMAIN.md § Dwelling types")
      .example("A dwelling of unit kind WOO, detail KAM (kamer), with housingForm GEC.")
      .arguments("housingForm", "unitKind")
      .build();

  /** Creates the rule; it holds no state. */
  public ClusteredHomeIsSelfContained() {}

  @Override
  public RuleDefinition definition() {
    return DEFINITION;
  }

  @Override
  public void check(Dwelling dwelling, RuleContext context) {
    Optional<HousingForm> form = ClusteredHomeRule.clusteredForm(dwelling);
    if (form.isEmpty()) {
      return;
    }
    if (dwelling.getUnitKind() != UnitKind.WOONRUIMTE) {
      context.report(JsonPointer.of("unitKind"), dwelling.getUnitKind(), form.get(),
          dwelling.getUnitKind());
    } else if (dwelling.getUnitDetailKind().filter(d -> d == UnitDetailKind.KAMER).isPresent()) {
      context.report(JsonPointer.of("unitDetailKind"), UnitDetailKind.KAMER, form.get(),
          UnitDetailKind.KAMER);
    }
  }
}
