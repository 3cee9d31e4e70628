package nl.woonzorg.validation.rules.dwelling;

import java.util.ArrayList;
import java.util.List;
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

  @Override
  public void check(Dwelling dwelling, RuleContext context) {
    List<Located> codes = new ArrayList<>();
    codes.add(new Located(JsonPointer.of("unitKind"), Optional.of(dwelling.getUnitKind())));
    codes.add(new Located(JsonPointer.of("unitDetailKind"), dwelling.getUnitDetailKind()));
    codes.add(new Located(JsonPointer.of("housingForm"), dwelling.getHousingForm()));
    codes.add(new Located(JsonPointer.of("accessibilityLabel"), dwelling.getAccessibilityLabel()));
    codes.add(new Located(JsonPointer.of("targetGroup"), dwelling.getTargetGroup()));
    int i = 0;
    for (VeraCoded group : dwelling.getSupplementaryTargetGroups()) {
      codes.add(new Located(JsonPointer.of("supplementaryTargetGroups").append(i++),
          Optional.of(group)));
    }
    codes.add(new Located(JsonPointer.of("rentClass"), dwelling.getRentClass()));
    for (Located located : codes) {
      located.code().filter(VeraCoded::isEndDated).ifPresent(code -> context.report(
          located.location(), code, code.getVeraCodeList(), code.getCode(),
          code.getEndDate().orElseThrow()));
    }
  }

  private record Located(JsonPointer location, Optional<? extends VeraCoded> code) {}
}
