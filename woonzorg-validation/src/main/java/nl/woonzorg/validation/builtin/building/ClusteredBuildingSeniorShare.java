package nl.woonzorg.validation.builtin.building;

import java.math.BigDecimal;
import java.util.Optional;
import nl.woonzorg.model.goal.CriterionKind;
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
 * <b>WZ-BLD-03</b>: in a building recorded as clustered housing, the share of units for
 * 55-plussers is at least the value, in percent, of the first {@link
 * CriterionKind#MINIMAAL_AANDEEL_WONINGEN_55_PLUS} criterion given to the validator, compared
 * exactly ({@link Building#hasSeniorShareOfAtLeast(BigDecimal)}). Without such a criterion the
 * rule judges nothing: no source states a share, so none is assumed. A building without both
 * counts is not judged.
 */
@API(status = API.Status.INTERNAL, since = "0.2.0")
@BuiltInRule
public final class ClusteredBuildingSeniorShare implements BuildingRule {

  private static final RuleDefinition DEFINITION = BuiltIn.rule("WZ-BLD-03")
      .severity(Severity.ERROR)
      .rationale("Clustered housing for older people is counted by its homes for 55-plussers;"
          + " when an agreement states the share a clustered building must have, a building"
          + " below it does not count towards that agreement. No official norm and no source"
          + " document gives a default share, so the rule applies only with a stated criterion.")
      .source("The criteria of the agreement or goal checked against"
          + " (MINIMAAL_AANDEEL_WONINGEN_55_PLUS); VERA reference data v4.3.260403, WOONVORM GEC"
          + " (homes 'voor bewoners van 55 jaar en ouder', no share stated)")
      .example("A clustered building with unitCount 40 and seniorUnitCount 20, checked against a"
          + " criterion of 75 percent.")
      .arguments("seniorUnitCount", "unitCount", "minimumPercent")
      .build();

  /** Creates the rule; it holds no state. */
  public ClusteredBuildingSeniorShare() {}

  @Override
  public RuleDefinition definition() {
    return DEFINITION;
  }

  @Override
  public void check(Building building, RuleContext context) {
    if (!building.clustered()) {
      return;
    }
    Optional<BigDecimal> minimum =
        Thresholds.of(context, CriterionKind.MINIMAAL_AANDEEL_WONINGEN_55_PLUS);
    if (minimum.isPresent()
        && building.hasSeniorShareOfAtLeast(minimum.get()).equals(Optional.of(false))) {
      int senior = building.getSeniorUnitCount().orElseThrow();
      context.report(JsonPointer.of("seniorUnitCount"), senior, senior,
          building.getUnitCount().orElseThrow(), minimum.get());
    }
  }
}
