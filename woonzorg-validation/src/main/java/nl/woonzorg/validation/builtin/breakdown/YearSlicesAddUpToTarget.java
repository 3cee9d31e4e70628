package nl.woonzorg.validation.builtin.breakdown;

import java.math.BigDecimal;
import nl.woonzorg.model.agreement.PerformanceAgreement;
import nl.woonzorg.model.agreement.YearSlice;
import nl.woonzorg.model.quantity.Amounts;
import nl.woonzorg.model.quantity.Quantity;
import nl.woonzorg.model.report.JsonPointer;
import nl.woonzorg.model.report.Severity;
import nl.woonzorg.validation.internal.BuiltIn;
import nl.woonzorg.validation.internal.BuiltInRule;
import nl.woonzorg.validation.rule.AgreementRule;
import nl.woonzorg.validation.rule.RuleContext;
import nl.woonzorg.validation.rule.RuleDefinition;
import org.apiguardian.api.API;

/**
 * <b>WZ-SUM-04</b>: an agreement's yearly slices add up to its multi-year target: exactly when
 * every slice has a value, at most the target while some are still open.
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
@BuiltInRule
public final class YearSlicesAddUpToTarget implements AgreementRule {

  private static final RuleDefinition DEFINITION = BuiltIn.rule("WZ-SUM-04")
      .severity(Severity.ERROR)
      .rationale("Yearly slices fill in the multi-year agreement; if they sum to more than the"
          + " target, or to something else once all are filled in, slices and target contradict"
          + " each other.")
      .source("DOMAIN.md § The process and § Prestatieafspraken (jaarschijven)")
      .example("Target 110 WONINGEN with slices 2022: 30, 2023: 30, 2024: 30, 2025: 30 (120).")
      .arguments("agreementId", "total", "target")
      .build();

  /** Creates the rule; it holds no state. */
  public YearSlicesAddUpToTarget() {}

  @Override
  public RuleDefinition definition() {
    return DEFINITION;
  }

  @Override
  public void check(PerformanceAgreement agreement, RuleContext context) {
    if (agreement.getTarget().isEmpty() || agreement.getYearSlices().isEmpty()) {
      return;
    }
    Quantity target = agreement.getTarget().get();
    BigDecimal sum = BigDecimal.ZERO;
    boolean complete = true;
    for (YearSlice slice : agreement.getYearSlices()) {
      sum = sum.add(slice.getValue().orElse(BigDecimal.ZERO));
      complete &= slice.getValue().isPresent();
    }
    int comparison = sum.compareTo(target.getValue());
    if (comparison > 0 || (complete && comparison != 0)) {
      BigDecimal total = Amounts.canonical(sum);
      context.report(JsonPointer.of("yearSlices"), total, agreement.getId(), total,
          target.getValue());
    }
  }
}
