package nl.woonzorg.validation.builtin.area;

import java.util.Optional;
import nl.woonzorg.model.area.AreaType;
import nl.woonzorg.model.area.Municipalities;
import nl.woonzorg.model.dwelling.Building;
import nl.woonzorg.model.dwelling.Dwelling;
import nl.woonzorg.model.report.JsonPointer;
import nl.woonzorg.model.report.Severity;
import nl.woonzorg.validation.internal.BuiltIn;
import nl.woonzorg.validation.internal.BuiltInRule;
import nl.woonzorg.validation.rule.BuildingRule;
import nl.woonzorg.validation.rule.DwellingRule;
import nl.woonzorg.validation.rule.RuleContext;
import nl.woonzorg.validation.rule.RuleDefinition;
import org.apiguardian.api.API;

/**
 * <b>WZ-AREA-04</b>: the CBS gemeentecode of a dwelling record or of a building record is one of
 * the 342 gemeenten of the bundled list (1 January 2024) or of one dissolved since 2018, which
 * WZ-AREA-05 judges.
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
@BuiltInRule
public final class DwellingMunicipalityCodeIsKnown implements DwellingRule, BuildingRule {

  private static final RuleDefinition DEFINITION = BuiltIn.rule("WZ-AREA-04")
      .severity(Severity.ERROR)
      .rationale("Stock data is counted per municipality; a record with an unknown gemeentecode is"
          + " counted nowhere.")
      .source("DOMAIN.md § Building blocks (per region, municipality, wijk, buurt, kern); the CBS"
          + " list of 342 gemeenten of 1 January 2024 bundled with the model")
      .example("A dwelling with municipalityCode GM0001.")
      .arguments("municipalityCode", "referenceYear")
      .build();

  /** Creates the rule; it holds no state. */
  public DwellingMunicipalityCodeIsKnown() {}

  @Override
  public RuleDefinition definition() {
    return DEFINITION;
  }

  @Override
  public void check(Dwelling dwelling, RuleContext context) {
    checkRecord(dwelling.getMunicipalityCode(), context);
  }

  @Override
  public void check(Building building, RuleContext context) {
    checkRecord(building.getMunicipalityCode(), context);
  }

  private static void checkRecord(Optional<String> code, RuleContext context) {
    // A code of another format is the Bean Validation pattern's to report, not this rule's. No
    // listed code has another format, so the format is looked at only for an unknown code.
    if (code.isPresent() && MunicipalityCodeIsKnown.isUnknown(code.get())
        && AreaType.GEMEENTE.hasCodeFormat(code.get())) {
      context.report(JsonPointer.of("municipalityCode"), code.get(), code.get(),
          Municipalities.referenceYear());
    }
  }
}
