package nl.woonzorg.validation.builtin.dwelling;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import nl.woonzorg.model.dwelling.Dwelling;
import nl.woonzorg.model.report.JsonPointer;
import nl.woonzorg.model.report.Severity;
import nl.woonzorg.model.vera.AccessibilityLabel;
import nl.woonzorg.model.vera.HousingForm;
import nl.woonzorg.model.vera.RentClass;
import nl.woonzorg.model.vera.UnitDetailKind;
import nl.woonzorg.model.vera.UnitKind;
import nl.woonzorg.model.vera.VeraCoded;
import nl.woonzorg.model.vera.VeraSupplementaryTargetGroup;
import nl.woonzorg.model.vera.VeraTargetGroup;
import nl.woonzorg.validation.internal.BuiltIn;
import nl.woonzorg.validation.internal.BuiltInRule;
import nl.woonzorg.validation.rule.DwellingRule;
import nl.woonzorg.validation.rule.RuleContext;
import nl.woonzorg.validation.rule.RuleDefinition;
import org.apiguardian.api.API;

/**
 * <b>WZ-DWELLING-01</b>: the VERA codes of a dwelling record — unit kind, detailed kind,
 * housing form, accessibility label, target group, supplementary target groups, rent class —
 * are not end-dated. Codes outside the VERA lists cannot occur: the model's code lists are
 * complete mirrors of the bundled release.
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
@BuiltInRule
public final class VeraCodesAreLive implements DwellingRule {

  private static final RuleDefinition DEFINITION = BuiltIn.rule("WZ-DWELLING-01")
      .severity(Severity.WARNING, Severity.ERROR)
      .rationale("VERA keeps withdrawn entries so that old data still reads, but new data should"
          + " not use them: GEB-woning, for one, is now recorded as a supplementary target group.")
      .source("VERA reference data v4.3.260403 (Aedes), WOONVORM and TOEGANKELIJKHEIDSLABEL, as"
          + " mirrored by the model; DOMAIN.md § Dwelling types")
      .example("A dwelling with housingForm GEB (end-dated 22 September 2023).")
      .arguments("codeList", "code", "endDate")
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

  // The end-dated codes of each list, found once: a set test per code costs less than asking each
  // code for its end date through seven enumerations, a call the compiler cannot inline.
  private static final Set<UnitKind> ENDED_UNIT_KINDS = endDated(UnitKind.class);
  private static final Set<UnitDetailKind> ENDED_UNIT_DETAIL_KINDS =
      endDated(UnitDetailKind.class);
  private static final Set<HousingForm> ENDED_HOUSING_FORMS = endDated(HousingForm.class);
  private static final Set<AccessibilityLabel> ENDED_ACCESSIBILITY_LABELS =
      endDated(AccessibilityLabel.class);
  private static final Set<VeraTargetGroup> ENDED_TARGET_GROUPS =
      endDated(VeraTargetGroup.class);
  private static final Set<VeraSupplementaryTargetGroup> ENDED_SUPPLEMENTARY_TARGET_GROUPS =
      endDated(VeraSupplementaryTargetGroup.class);
  private static final Set<RentClass> ENDED_RENT_CLASSES = endDated(RentClass.class);

  // Code by code, with the pointers made once: this runs for every record of a stock file, and
  // a list of located codes per record cost more than the checks. A list without end-dated codes
  // cannot give a finding, so its code is not asked for: in the bundled release four of the seven
  // lists have none, and each getter of an optional code makes an Optional.
  @Override
  public void check(Dwelling dwelling, RuleContext context) {
    if (!ENDED_UNIT_KINDS.isEmpty() && ENDED_UNIT_KINDS.contains(dwelling.getUnitKind())) {
      report(UNIT_KIND, dwelling.getUnitKind(), context);
    }
    if (!ENDED_UNIT_DETAIL_KINDS.isEmpty()) {
      check(UNIT_DETAIL_KIND, dwelling.getUnitDetailKind(), ENDED_UNIT_DETAIL_KINDS, context);
    }
    if (!ENDED_HOUSING_FORMS.isEmpty()) {
      check(HOUSING_FORM, dwelling.getHousingForm(), ENDED_HOUSING_FORMS, context);
    }
    if (!ENDED_ACCESSIBILITY_LABELS.isEmpty()) {
      check(ACCESSIBILITY_LABEL, dwelling.getAccessibilityLabel(), ENDED_ACCESSIBILITY_LABELS,
          context);
    }
    if (!ENDED_TARGET_GROUPS.isEmpty()) {
      check(TARGET_GROUP, dwelling.getTargetGroup(), ENDED_TARGET_GROUPS, context);
    }
    Set<VeraSupplementaryTargetGroup> groups = dwelling.getSupplementaryTargetGroups();
    // Most records have none: no iterator for them.
    if (!ENDED_SUPPLEMENTARY_TARGET_GROUPS.isEmpty() && !groups.isEmpty()) {
      int i = 0;
      for (VeraSupplementaryTargetGroup group : groups) {
        if (ENDED_SUPPLEMENTARY_TARGET_GROUPS.contains(group)) {
          report(SUPPLEMENTARY_TARGET_GROUPS.append(i), group, context);
        }
        i++;
      }
    }
    if (!ENDED_RENT_CLASSES.isEmpty()) {
      check(RENT_CLASS, dwelling.getRentClass(), ENDED_RENT_CLASSES, context);
    }
  }

  private static <E extends VeraCoded> void check(JsonPointer location, Optional<E> code,
      Set<E> endDated, RuleContext context) {
    if (code.isPresent() && endDated.contains(code.get())) {
      report(location, code.get(), context);
    }
  }

  private static void report(JsonPointer location, VeraCoded code, RuleContext context) {
    context.report(location, code, code.getVeraCodeList(), code.getCode(),
        code.getEndDate().orElseThrow());
  }

  private static <E extends Enum<E> & VeraCoded> Set<E> endDated(Class<E> list) {
    EnumSet<E> endDated = EnumSet.noneOf(list);
    for (E code : list.getEnumConstants()) {
      if (code.isEndDated()) {
        endDated.add(code);
      }
    }
    return endDated;
  }
}
