package nl.woonzorg.validation.builtin.building;

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
 * <b>WZ-BLD-05</b>: a building's units for 55-plussers are no more than its units: {@code
 * seniorUnitCount} is at most {@code unitCount} when both are recorded.
 */
@API(status = API.Status.INTERNAL, since = "0.2.0")
@BuiltInRule
public final class SeniorUnitsWithinUnits implements BuildingRule {

  private static final RuleDefinition DEFINITION = BuiltIn.rule("WZ-BLD-05")
      .severity(Severity.ERROR)
      .rationale("The units for 55-plussers are some of the building's units; more of them than"
          + " units is a contradiction, and the share derived from the two would exceed 100%.")
      .source("The model's definition of Building.seniorUnitCount")
      .example("A building with unitCount 20 and seniorUnitCount 24.")
      .arguments("seniorUnitCount", "unitCount")
      .build();

  /** Creates the rule; it holds no state. */
  public SeniorUnitsWithinUnits() {}

  @Override
  public RuleDefinition definition() {
    return DEFINITION;
  }

  @Override
  public void check(Building building, RuleContext context) {
    building.getSeniorUnitCount().ifPresent(senior -> building.getUnitCount()
        .filter(units -> senior > units)
        .ifPresent(units -> context.report(JsonPointer.of("seniorUnitCount"), senior, senior,
            units)));
  }
}
