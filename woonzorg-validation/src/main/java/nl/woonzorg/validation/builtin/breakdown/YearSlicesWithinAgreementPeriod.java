package nl.woonzorg.validation.builtin.breakdown;

import java.util.List;
import nl.woonzorg.model.agreement.PerformanceAgreement;
import nl.woonzorg.model.agreement.YearSlice;
import nl.woonzorg.model.report.JsonPointer;
import nl.woonzorg.model.report.Severity;
import nl.woonzorg.validation.internal.BuiltIn;
import nl.woonzorg.validation.internal.BuiltInRule;
import nl.woonzorg.validation.rule.AgreementRule;
import nl.woonzorg.validation.rule.RuleContext;
import nl.woonzorg.validation.rule.RuleDefinition;
import org.apiguardian.api.API;

/**
 * <b>WZ-SUM-03</b>: every yearly slice (jaarschijf) of an agreement lies within the agreement's
 * period.
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
@BuiltInRule
public final class YearSlicesWithinAgreementPeriod implements AgreementRule {

  private static final RuleDefinition DEFINITION = BuiltIn.rule("WZ-SUM-03")
      .severity(Severity.ERROR)
      .rationale("Multi-year agreements are filled in by yearly slices; a slice for a year the"
          + " agreement does not run is not part of it.")
      .source("DOMAIN.md § The process and § Prestatieafspraken (jaarschijven)")
      .example("An agreement for 2022–2025 with a yearly slice for 2026.")
      .arguments("agreementId", "year", "period")
      .build();

  /** Creates the rule; it holds no state. */
  public YearSlicesWithinAgreementPeriod() {}

  @Override
  public RuleDefinition definition() {
    return DEFINITION;
  }

  @Override
  public void check(PerformanceAgreement agreement, RuleContext context) {
    agreement.getPeriod().ifPresent(period -> {
      List<YearSlice> slices = agreement.getYearSlices();
      for (int i = 0; i < slices.size(); i++) {
        int year = slices.get(i).getYear();
        if (!period.contains(year)) {
          context.report(JsonPointer.of("yearSlices").append(i).append("year"), year,
              agreement.getId(), year, period);
        }
      }
    });
  }
}
