package nl.woonzorg.validation.builtin.area;

import nl.woonzorg.model.HousingCareVision;
import nl.woonzorg.model.area.Area;
import nl.woonzorg.model.area.AreaType;
import nl.woonzorg.model.area.MunicipalReorganisations;
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
 * bundled list (1 January 2024). A code of a gemeente dissolved since 2018 is known, from the
 * history of herindelingen: whether it still held at the vision's date is WZ-AREA-05's to judge.
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
@BuiltInRule
public final class MunicipalityCodeIsKnown implements SharedRule {

  private static final RuleDefinition DEFINITION = BuiltIn.rule("WZ-AREA-01")
      .severity(Severity.ERROR)
      .rationale("Figures, agreements and dwelling records are matched to municipalities by CBS"
          + " code; a code neither in the list nor in its history since 2018 is mistyped or of a"
          + " gemeente merged away before, and matches nothing.")
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
        area.getCode().filter(MunicipalityCodeIsKnown::isUnknown).ifPresent(code ->
            context.report(located.code(), code, code, Municipalities.referenceYear()));
      }
    }
  }

  /**
   * Whether {@code code} is neither of a gemeente of the bundled list nor of one dissolved since
   * the history starts.
   */
  static boolean isUnknown(String code) {
    return !Municipalities.isKnown(code) && MunicipalReorganisations.find(code).isEmpty();
  }
}
