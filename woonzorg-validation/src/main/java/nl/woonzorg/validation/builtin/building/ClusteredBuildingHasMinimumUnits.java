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
 * <b>WZ-BLD-02</b>: a building recorded as clustered housing has at least the minimum number of
 * units: the value of the first {@link CriterionKind#MINIMAAL_AANTAL_WONINGEN_PER_LOCATIE}
 * criterion given to the validator, or else {@value #VERA_GEC_MINIMUM}, the number in VERA's
 * definition of the geclusterde woonvorm. A building whose unit count is not recorded is not
 * judged.
 */
@API(status = API.Status.INTERNAL, since = "0.2.0")
@BuiltInRule
public final class ClusteredBuildingHasMinimumUnits implements BuildingRule {

  /** The least number of self-contained units in VERA's definition of WOONVORM GEC. */
  static final int VERA_GEC_MINIMUM = 12;

  private static final BigDecimal DEFAULT = BigDecimal.valueOf(VERA_GEC_MINIMUM);

  private static final RuleDefinition DEFINITION = BuiltIn.rule("WZ-BLD-02")
      .severity(Severity.ERROR)
      .rationale("Clustering means enough homes together to carry a meeting room and mutual"
          + " support. The threshold is the one the agreement or goal states (a"
          + " MINIMAAL_AANTAL_WONINGEN_PER_LOCATIE criterion given to the validator); without"
          + " one, the 12 of VERA's definition of the geclusterde woonvorm, the only published"
          + " number — there is no official norm.")
      .source("VERA reference data v4.3.260403 (Aedes), WOONVORM GEC: \"minimaal 12 zelfstandige"
          + " wooneenheden voor bewoners van 55 jaar en ouder, met een aanwezige"
          + " ontmoetingsruimte in het gebouw of grenzend aan het gebouw\" — a definition for data"
          + " exchange, not a legal norm: no official norm for clustered housing exists; the criteria of the agreement or goal checked against")
      .example("A building with clusteringForm IN_EEN_COMPLEX and unitCount 8, no criterion"
          + " given: fewer than 12.")
      .arguments("unitCount", "minimum", "thresholdSource")
      .build();

  /** Creates the rule; it holds no state. */
  public ClusteredBuildingHasMinimumUnits() {}

  @Override
  public RuleDefinition definition() {
    return DEFINITION;
  }

  @Override
  public void check(Building building, RuleContext context) {
    if (!building.clustered() || building.getUnitCount().isEmpty()) {
      return;
    }
    int units = building.getUnitCount().get();
    Optional<BigDecimal> stated =
        Thresholds.of(context, CriterionKind.MINIMAAL_AANTAL_WONINGEN_PER_LOCATIE);
    BigDecimal minimum = stated.orElse(DEFAULT);
    if (BigDecimal.valueOf(units).compareTo(minimum) < 0) {
      context.report(JsonPointer.of("unitCount"), units, units, minimum,
          stated.isPresent() ? CriterionKind.MINIMAAL_AANTAL_WONINGEN_PER_LOCATIE.name()
              : "VERA WOONVORM GEC");
    }
  }
}
