package nl.woonzorg.validation.builtin.area;

import nl.woonzorg.model.HousingCareVision;
import nl.woonzorg.model.area.Area;
import nl.woonzorg.model.area.AreaType;
import nl.woonzorg.model.area.Municipalities;
import nl.woonzorg.model.report.Severity;
import nl.woonzorg.validation.internal.SharedRule;
import nl.woonzorg.validation.internal.BuiltIn;
import nl.woonzorg.validation.internal.BuiltInRule;
import nl.woonzorg.validation.rule.RuleContext;
import nl.woonzorg.validation.rule.RuleDefinition;
import org.apiguardian.api.API;

/**
 * <b>WZ-AREA-01</b>: the CBS gemeentecode of a gemeente area is one of the 342 gemeenten of the
 * bundled list (1 January 2024).
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
@BuiltInRule
public final class MunicipalityCodeIsKnown implements SharedRule {

  private static final RuleDefinition DEFINITION = BuiltIn.rule("WZ-AREA-01")
      .severity(Severity.ERROR)
      .rationale("Figures, agreements and dwelling records are matched to municipalities by CBS"
          + " code; a code not in the list is mistyped or of a gemeente merged away, and matches"
          + " nothing.")
      .source("DOMAIN.md § Building blocks (per region, municipality, wijk, buurt, kern); the CBS"
          + " list of 342 gemeenten of 1 January 2024 bundled with the model")
      .example("A gemeente area with code GM9999.")
      .arguments("municipalityCode", "referenceYear")
      .build();

  /** Creates the rule; it holds no state. */
  public MunicipalityCodeIsKnown() {}

  @Override
  public RuleDefinition definition() {
    return DEFINITION;
  }

  @Override
  public void check(HousingCareVision vision, RuleContext context) {
    for (LocatedArea located : LocatedArea.of(vision)) {
      Area area = located.area();
      if (area.getType() == AreaType.GEMEENTE) {
        area.getCode().filter(code -> !Municipalities.isKnown(code)).ifPresent(code ->
            context.report(located.code(), code, code, Municipalities.referenceYear()));
      }
    }
  }
}
