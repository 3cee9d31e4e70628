package nl.woonzorg.validation.builtin.area;

import java.util.Optional;
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
 * <b>WZ-AREA-03</b>: the CBS buurtcode of a buurt begins with the digits of its wijk's code,
 * or, when no wijk with a code encloses it, of its gemeente's code.
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
@BuiltInRule
public final class NeighbourhoodCodeBelongsToDistrict implements SharedRule {

  private static final RuleDefinition DEFINITION = BuiltIn.rule("WZ-AREA-03")
      .severity(Severity.ERROR)
      .rationale("CBS numbers a buurt within its wijk (BUggggnnbb); a buurt whose code names"
          + " another wijk or gemeente is misplaced.")
      .source("DOMAIN.md § Building blocks (per region, municipality, wijk, buurt, kern); the CBS"
          + " list of 342 gemeenten of 1 January 2024 bundled with the model")
      .example("Buurt with code BU03440101 in wijk WK036301.")
      .arguments("neighbourhoodCode", "enclosingCode")
      .build();

  /** Creates the rule; it holds no state. */
  public NeighbourhoodCodeBelongsToDistrict() {}

  @Override
  public RuleDefinition definition() {
    return DEFINITION;
  }

  @Override
  public void check(HousingCareVision vision, RuleContext context) {
    VisionIndex index = VisionIndex.of(vision, context);
    for (LocatedArea located : LocatedArea.of(vision)) {
      Area area = located.area();
      if (area.getType() != AreaType.BUURT || area.getCode().isEmpty()) {
        continue;
      }
      String code = area.getCode().get();
      Optional<String> wijk =
          Enclosing.coded(vision, index, area, AreaType.WIJK).flatMap(Area::getCode);
      if (wijk.isPresent()) {
        if (!Municipalities.isNeighbourhoodOf(code, wijk.get())) {
          context.report(located.code(), code, code, wijk.get());
        }
        continue;
      }
      Enclosing.coded(vision, index, area, AreaType.GEMEENTE).flatMap(Area::getCode)
          .filter(gemeente -> !code.regionMatches(2, gemeente, 2, 4))
          .ifPresent(gemeente -> context.report(located.code(), code, code, gemeente));
    }
  }
}
