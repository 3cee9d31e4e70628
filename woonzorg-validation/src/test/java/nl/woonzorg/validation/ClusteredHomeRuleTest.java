package nl.woonzorg.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.woonzorg.model.HousingCareVision;
import nl.woonzorg.model.dwelling.Dwelling;
import nl.woonzorg.model.report.JsonPointer;
import nl.woonzorg.model.vera.AccessibilityLabel;
import nl.woonzorg.model.vera.HousingForm;
import nl.woonzorg.model.vera.UnitDetailKind;
import nl.woonzorg.model.vera.UnitKind;
import nl.woonzorg.validation.builtin.BuiltInRuleList;
import nl.woonzorg.validation.internal.ClusteredHomeRule;
import nl.woonzorg.validation.rule.RuleContext;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * The validator runs a {@link ClusteredHomeRule} only on a home of a clustered housing form (GEC,
 * ZWO). That leaves every finding as it was only if such a rule finds nothing in any other record:
 * each is run here, directly, on records of every other housing form and of none, with every
 * accessibility label and none, every unit kind and every detailed kind.
 */
class ClusteredHomeRuleTest {

  @Test
  void aRuleAboutClusteredHomesFindsNothingInAnyOtherHome() {
    List<ClusteredHomeRule> rules = BuiltInRuleList.all().stream()
        .filter(ClusteredHomeRule.class::isInstance)
        .map(ClusteredHomeRule.class::cast)
        .toList();
    // WZ-DWELLING-02, -03, -04 and -05: if one stops being a ClusteredHomeRule, it runs on every
    // record again, and this test no longer speaks for it.
    assertEquals(4, rules.size(), () -> "clustered-home rules: " + rules);
    List<Dwelling> others = otherHomes();
    for (ClusteredHomeRule rule : rules) {
      for (Dwelling dwelling : others) {
        rule.check(dwelling, new RuleContext() {
          @Override
          public Optional<HousingCareVision> vision() {
            return Optional.empty();
          }

          @Override
          public void report(JsonPointer location, @Nullable Object value,
              Object... arguments) {
            fail(rule.definition().id() + " found " + location + " in " + dwelling);
          }
        });
      }
    }
  }

  @Test
  void theClusteredFormsAreGecAndZwo() {
    for (HousingForm form : HousingForm.values()) {
      Dwelling dwelling = Dwelling.builder().id("eenheid-1").unitKind(UnitKind.WOONRUIMTE)
          .housingForm(form).build();
      assertEquals(form == HousingForm.GECLUSTERDE_WOONVORM
              || form == HousingForm.ZORGGESCHIKTE_WONING ? Optional.of(form) : Optional.empty(),
          ClusteredHomeRule.clusteredForm(dwelling), form::name);
    }
  }

  /** Every home of a housing form other than GEC and ZWO, or of none. */
  private static List<Dwelling> otherHomes() {
    List<Optional<HousingForm>> forms = new ArrayList<>();
    forms.add(Optional.empty());
    for (HousingForm form : HousingForm.values()) {
      if (form != HousingForm.GECLUSTERDE_WOONVORM && form != HousingForm.ZORGGESCHIKTE_WONING) {
        forms.add(Optional.of(form));
      }
    }
    List<Optional<AccessibilityLabel>> labels = new ArrayList<>();
    labels.add(Optional.empty());
    for (AccessibilityLabel label : AccessibilityLabel.values()) {
      labels.add(Optional.of(label));
    }
    List<Dwelling> homes = new ArrayList<>();
    for (Optional<HousingForm> form : forms) {
      for (Optional<AccessibilityLabel> label : labels) {
        for (UnitKind kind : UnitKind.values()) {
          homes.add(home(form, label, kind, Optional.empty()));
        }
        for (UnitDetailKind detail : UnitDetailKind.values()) {
          homes.add(home(form, label, detail.getUnitKind(), Optional.of(detail)));
        }
      }
    }
    return homes;
  }

  private static Dwelling home(Optional<HousingForm> form, Optional<AccessibilityLabel> label,
      UnitKind kind, Optional<UnitDetailKind> detail) {
    return Dwelling.builder().id("eenheid-1").unitKind(kind).unitDetailKind(detail)
        .housingForm(form).accessibilityLabel(label).build();
  }
}
