package nl.woonzorg.validation.rules.dwelling;

import java.util.Optional;
import org.apiguardian.api.API;
import nl.woonzorg.model.dwelling.Dwelling;
import nl.woonzorg.model.report.JsonPointer;
import nl.woonzorg.model.report.Severity;
import nl.woonzorg.model.vera.VeraCoded;
import nl.woonzorg.validation.DwellingRule;
import nl.woonzorg.validation.RuleContext;
import nl.woonzorg.validation.RuleDefinition;
import nl.woonzorg.validation.internal.BuiltIn;

/**
 * <b>WZ-DWELLING-01</b>: the VERA codes of a dwelling record — unit kind, detailed kind,
 * housing form, accessibility label, target group, supplementary target groups, rent class —
 * are not end-dated. Codes outside the VERA lists cannot occur: the model's code lists are
 * complete mirrors of the bundled release.
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class VeraCodesAreLive implements DwellingRule {

  private static final RuleDefinition DEFINITION = BuiltIn.rule("WZ-DWELLING-01")
      .severity(Severity.WARNING, Severity.ERROR)
      .rationale("VERA keeps withdrawn entries so that old data still reads, but new data should"
          + " not use them: GEB-woning, for one, is now recorded as a supplementary target group.")
      .source("VERA reference data v4.3.260403 (Aedes), WOONVORM and TOEGANKELIJKHEIDSLABEL, as"
          + " mirrored by the model; DOMAIN.md § Dwelling types")
      .example("A dwelling with housingForm GEB (end-dated 22 September 2023).")
      .build();

  /** Creates the rule; it holds no state. */
  public VeraCodesAreLive() {}

  @Override
  public RuleDefinition definition() {
    return DEFINITION;
  }

  private static final JsonPointer UNIT_KIND = JsonPointer.of("unitKind");
  private static final JsonPointer UNIT_DETAIL_KIND = JsonPointer.of("unitDetailKind");
  private static final JsonPointer HOUSING_FORM = JsonPointer.of("housingForm");
  private static final JsonPointer ACCESSIBILITY_LABEL = JsonPointer.of("accessibilityLabel");
  private static final JsonPointer TARGET_GROUP = JsonPointer.of("targetGroup");
  private static final JsonPointer SUPPLEMENTARY_TARGET_GROUPS =
      JsonPointer.of("supplementaryTargetGroups");
  private static final JsonPointer RENT_CLASS = JsonPointer.of("rentClass");

  // Code by code, with the pointers made once: this runs for every record of a stock file, and
  // a list of located codes per record cost more than the checks.
  @Override
  public void check(Dwelling dwelling, RuleContext context) {
    check(UNIT_KIND, dwelling.getUnitKind(), context);
    check(UNIT_DETAIL_KIND, dwelling.getUnitDetailKind(), context);
    check(HOUSING_FORM, dwelling.getHousingForm(), context);
    check(ACCESSIBILITY_LABEL, dwelling.getAccessibilityLabel(), context);
    check(TARGET_GROUP, dwelling.getTargetGroup(), context);
    int i = 0;
    for (VeraCoded group : dwelling.getSupplementaryTargetGroups()) {
      if (group.isEndDated()) {
        check(SUPPLEMENTARY_TARGET_GROUPS.append(i), group, context);
      }
      i++;
    }
    check(RENT_CLASS, dwelling.getRentClass(), context);
  }

  private static void check(JsonPointer location, Optional<? extends VeraCoded> code,
      RuleContext context) {
    if (code.isPresent()) {
      check(location, code.get(), context);
    }
  }

  private static void check(JsonPointer location, VeraCoded code, RuleContext context) {
    if (code.isEndDated()) {
      context.report(location, code, code.getVeraCodeList(), code.getCode(),
          code.getEndDate().orElseThrow());
    }
  }
}
