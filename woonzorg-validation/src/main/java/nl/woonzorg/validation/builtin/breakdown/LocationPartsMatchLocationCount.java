package nl.woonzorg.validation.builtin.breakdown;

import java.math.BigDecimal;
import java.util.Optional;
import nl.woonzorg.model.goal.Breakdown;
import nl.woonzorg.model.goal.BreakdownDimension;
import nl.woonzorg.model.goal.Criterion;
import nl.woonzorg.model.goal.CriterionKind;
import nl.woonzorg.model.goal.Goal;
import nl.woonzorg.model.report.JsonPointer;
import nl.woonzorg.model.report.Severity;
import nl.woonzorg.validation.internal.BuiltIn;
import nl.woonzorg.validation.internal.BuiltInRule;
import nl.woonzorg.validation.rule.GoalRule;
import nl.woonzorg.validation.rule.RuleContext;
import nl.woonzorg.validation.rule.RuleDefinition;
import org.apiguardian.api.API;

/**
 * <b>WZ-SUM-05</b>: a goal's breakdown per location has as many parts as its criterion on the
 * number of locations (AANTAL_LOCATIES) says.
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
@BuiltInRule
public final class LocationPartsMatchLocationCount implements GoalRule {

  private static final RuleDefinition DEFINITION = BuiltIn.rule("WZ-SUM-05")
      .severity(Severity.WARNING)
      .rationale("The Taskforce’s goal puts 110 units on 4 locations; a per-location breakdown"
          + " with another number of locations contradicts the criterion, though one of the two"
          + " may be merely out of date.")
      .source("DOMAIN.md § The process (Gemeente A); seed 001 (Taskforce Wonen en Zorg), Gemeente"
          + " A and Overzicht 1")
      .example("A goal with criterion AANTAL_LOCATIES 4 and a LOCATIE breakdown of 3 parts.")
      .arguments("goalId", "partCount", "locationCount")
      .build();

  /** Creates the rule; it holds no state. */
  public LocationPartsMatchLocationCount() {}

  @Override
  public RuleDefinition definition() {
    return DEFINITION;
  }

  @Override
  public void check(Goal goal, RuleContext context) {
    Optional<BigDecimal> locations = goal.getCriteria().stream()
        .filter(criterion -> criterion.getKind() == CriterionKind.AANTAL_LOCATIES)
        .map(Criterion::getValue)
        .flatMap(Optional::stream)
        .map(value -> value.getValue())
        .findFirst();
    if (locations.isEmpty()) {
      return;
    }
    for (int i = 0; i < goal.getBreakdowns().size(); i++) {
      Breakdown breakdown = goal.getBreakdowns().get(i);
      int parts = breakdown.getParts().size();
      if (breakdown.getDimension() == BreakdownDimension.LOCATIE && parts > 0
          && BigDecimal.valueOf(parts).compareTo(locations.get()) != 0) {
        context.report(JsonPointer.of("breakdowns").append(i).append("parts"), parts,
            goal.getId(), parts, locations.get());
      }
    }
  }
}
