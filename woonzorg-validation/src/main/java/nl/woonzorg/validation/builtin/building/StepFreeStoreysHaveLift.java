package nl.woonzorg.validation.builtin.building;

import nl.woonzorg.model.dwelling.Presence;
import nl.woonzorg.model.dwelling.Building;
import nl.woonzorg.model.report.JsonPointer;
import nl.woonzorg.model.report.Severity;
import nl.woonzorg.validation.internal.BuiltIn;
import nl.woonzorg.validation.internal.BuiltInRule;
import nl.woonzorg.validation.rule.BuildingRule;
import nl.woonzorg.validation.rule.RuleContext;
import nl.woonzorg.validation.rule.RuleDefinition;
import org.apiguardian.api.API;

/**
 * <b>WZ-BLD-04</b>: a building of more than one storey that claims step-free access
 * (<i>nultreden</i>) has a lift: a building with {@code stepFreeAccess} {@code AANWEZIG} and {@code storeys} above 1
 * does not have {@code lift} {@code AFWEZIG}. An unknown lift or storey count is not judged.
 */
@API(status = API.Status.INTERNAL, since = "0.2.0")
@BuiltInRule
public final class StepFreeStoreysHaveLift implements BuildingRule {

  private static final RuleDefinition DEFINITION = BuiltIn.rule("WZ-BLD-04")
      .severity(Severity.ERROR)
      .rationale("The homes above the ground floor of a building without a lift are reached by"
          + " stairs, so the claim that the building's homes are step-free contradicts the"
          + " record; the national programme would count them as zero-step homes wrongly.")
      .source("VERA reference data v4.3.260403 (Aedes), TOEGANKELIJKHEIDSLABEL NUL"
          + " (nultredenwoning) and WOONVORM ZWO (homes not on the ground floor reachable by a"
          + " lift); DOMAIN.md § Dwelling types")
      .example("A building with storeys 4, stepFreeAccess AANWEZIG and lift AFWEZIG.")
      .arguments("storeys")
      .build();

  /** Creates the rule; it holds no state. */
  public StepFreeStoreysHaveLift() {}

  @Override
  public RuleDefinition definition() {
    return DEFINITION;
  }

  @Override
  public void check(Building building, RuleContext context) {
    if (building.getStepFreeAccess() == Presence.AANWEZIG
        && building.getLift() == Presence.AFWEZIG
        && building.getStoreys().filter(storeys -> storeys > 1).isPresent()) {
      context.report(JsonPointer.of("lift"), building.getLift(),
          building.getStoreys().get());
    }
  }
}
