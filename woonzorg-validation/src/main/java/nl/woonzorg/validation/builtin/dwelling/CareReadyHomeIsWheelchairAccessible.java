package nl.woonzorg.validation.builtin.dwelling;

import java.util.Optional;
import java.util.Set;
import nl.woonzorg.model.dwelling.Dwelling;
import nl.woonzorg.model.report.JsonPointer;
import nl.woonzorg.model.report.Severity;
import nl.woonzorg.model.vera.AccessibilityLabel;
import nl.woonzorg.model.vera.HousingForm;
import nl.woonzorg.validation.internal.BuiltIn;
import nl.woonzorg.validation.internal.BuiltInRule;
import nl.woonzorg.validation.internal.ClusteredHomeRule;
import nl.woonzorg.validation.rule.RuleContext;
import nl.woonzorg.validation.rule.RuleDefinition;
import org.apiguardian.api.API;

/**
 * <b>WZ-DWELLING-04</b>: a zorggeschikte woning (ZWO) is labelled wheelchair-accessible: ROL or
 * RUI.
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
@BuiltInRule
public final class CareReadyHomeIsWheelchairAccessible implements ClusteredHomeRule {

  private static final RuleDefinition DEFINITION = BuiltIn.rule("WZ-DWELLING-04")
      .severity(Severity.INFO, Severity.WARNING)
      .rationale("VERA defines a care-ready home as wheelchair-accessible, with a wide entrance,"
          + " automatic doors and a lift; a ZWO labelled only zero-step or rollator-accessible may"
          + " be labelled too low, or not be care-ready.")
      .source("VERA reference data v4.3.260403 (Aedes), WOONVORM and TOEGANKELIJKHEIDSLABEL, as"
          + " mirrored by the model; DOMAIN.md § Dwelling types")
      .example("A dwelling with housingForm ZWO and accessibilityLabel NUL.")
      .arguments("accessibilityLabel")
      .build();

  /** Creates the rule; it holds no state. */
  public CareReadyHomeIsWheelchairAccessible() {}

  @Override
  public RuleDefinition definition() {
    return DEFINITION;
  }

  private static final Set<AccessibilityLabel> WHEELCHAIR =
      Set.of(AccessibilityLabel.ROLSTOELWONING, AccessibilityLabel.EXTRA_RUIME_ROLSTOELWONING);

  @Override
  public void check(Dwelling dwelling, RuleContext context) {
    if (dwelling.getHousingForm().filter(f -> f == HousingForm.ZORGGESCHIKTE_WONING).isEmpty()) {
      return;
    }
    Optional<AccessibilityLabel> label = dwelling.getAccessibilityLabel();
    if (label.isPresent() && label.get().isZeroStep() && !WHEELCHAIR.contains(label.get())) {
      context.report(JsonPointer.of("accessibilityLabel"), label.get(), label.get());
    }
  }
}
