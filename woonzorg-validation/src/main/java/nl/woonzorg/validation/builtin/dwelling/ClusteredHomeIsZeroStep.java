package nl.woonzorg.validation.builtin.dwelling;

import java.util.Optional;
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
 * <b>WZ-DWELLING-02</b>: a home of a clustered housing form — geclusterde woonvorm (GEC) or
 * zorggeschikte woning (ZWO), which VERA defines as a clustered home with extra provisions, so
 * that the criteria of GEC hold for it too — has a zero-step accessibility label: NUL, ROA, ROL
 * or RUI, not GNV, ROG, GEL or ZON.
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
@BuiltInRule
public final class ClusteredHomeIsZeroStep implements ClusteredHomeRule {

  private static final RuleDefinition DEFINITION = BuiltIn.rule("WZ-DWELLING-02")
      .severity(Severity.ERROR)
      .rationale("VERA defines GEC homes as zero-step homes and ZWO homes as clustered homes with"
          + " more; rollator (ROA) and wheelchair homes (ROL, RUI) are zero-step, while GNV and"
          + " ROG say in their names that they are not, so such a record contradicts itself and"
          + " the national programme would count it wrongly.")
      .source("VERA reference data v4.3.260403 (Aedes), WOONVORM and TOEGANKELIJKHEIDSLABEL, as"
          + " mirrored by the model; DOMAIN.md § Dwelling types; DOMAIN.md § Dwelling types"
          + " (clustered housing, care-suitable homes)")
      .example("A dwelling with housingForm ZWO and accessibilityLabel ROG.")
      .arguments("housingForm", "accessibilityLabel")
      .build();

  /** Creates the rule; it holds no state. */
  public ClusteredHomeIsZeroStep() {}

  @Override
  public RuleDefinition definition() {
    return DEFINITION;
  }

  @Override
  public void check(Dwelling dwelling, RuleContext context) {
    Optional<HousingForm> form = ClusteredHomeRule.clusteredForm(dwelling);
    Optional<AccessibilityLabel> label = dwelling.getAccessibilityLabel();
    if (form.isPresent() && label.isPresent() && !label.get().isZeroStep()) {
      context.report(JsonPointer.of("accessibilityLabel"), label.get(), form.get(), label.get());
    }
  }
}
