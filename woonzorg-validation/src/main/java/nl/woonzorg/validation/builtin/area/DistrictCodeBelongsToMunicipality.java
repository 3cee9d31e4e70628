package nl.woonzorg.validation.builtin.area;

import nl.woonzorg.model.HousingCareVision;
import nl.woonzorg.model.area.Area;
import nl.woonzorg.model.area.AreaType;
import nl.woonzorg.model.area.Municipalities;
import nl.woonzorg.model.report.Severity;
import nl.woonzorg.validation.internal.SharedRule;
import nl.woonzorg.validation.internal.BuiltIn;
import nl.woonzorg.validation.internal.BuiltInRule;
import nl.woonzorg.validation.internal.VisionIndex;
import nl.woonzorg.validation.rule.RuleContext;
import nl.woonzorg.validation.rule.RuleDefinition;
import org.apiguardian.api.API;

/**
 * <b>WZ-AREA-02</b>: the CBS wijkcode of a wijk begins with the digits of its gemeente's code:
 * the gemeente up its parent chain, or else the vision's own gemeente.
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
@BuiltInRule
public final class DistrictCodeBelongsToMunicipality implements SharedRule {

  private static final RuleDefinition DEFINITION = BuiltIn.rule("WZ-AREA-02")
      .severity(Severity.ERROR)
      .rationale("CBS numbers a wijk within its gemeente (WKggggnn); a wijk whose code names"
          + " another gemeente is misplaced, and its figures would be counted in the wrong"
          + " municipality.")
      .source("DOMAIN.md § Building blocks (per region, municipality, wijk, buurt, kern); the CBS"
          + " list of 342 gemeenten of 1 January 2024 bundled with the model")
      .example("Wijk y with code WK036301 in gemeente GM0344.")
      .arguments("districtCode", "municipalityCode")
      .build();

  /** Creates the rule; it holds no state. */
  public DistrictCodeBelongsToMunicipality() {}

  @Override
  public RuleDefinition definition() {
    return DEFINITION;
  }

  @Override
  public void check(HousingCareVision vision, RuleContext context) {
    VisionIndex index = VisionIndex.of(vision, context);
    for (LocatedArea located : LocatedArea.of(vision)) {
      Area area = located.area();
      if (area.getType() != AreaType.WIJK || area.getCode().isEmpty()) {
        continue;
      }
      String code = area.getCode().get();
      Enclosing.coded(vision, index, area, AreaType.GEMEENTE).flatMap(Area::getCode)
          .filter(gemeente -> !Municipalities.isDistrictOf(code, gemeente))
          .ifPresent(gemeente -> context.report(located.code(), code, code, gemeente));
    }
  }
}
