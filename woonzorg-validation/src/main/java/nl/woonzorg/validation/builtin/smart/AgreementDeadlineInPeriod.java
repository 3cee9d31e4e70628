package nl.woonzorg.validation.builtin.smart;

import nl.woonzorg.model.agreement.PerformanceAgreement;
import nl.woonzorg.model.report.JsonPointer;
import nl.woonzorg.model.report.Severity;
import nl.woonzorg.validation.internal.BuiltIn;
import nl.woonzorg.validation.internal.BuiltInRule;
import nl.woonzorg.validation.rule.AgreementRule;
import nl.woonzorg.validation.rule.RuleContext;
import nl.woonzorg.validation.rule.RuleDefinition;
import org.apiguardian.api.API;

/**
 * <b>WZ-SMART-T-05</b>: an agreement's deadline lies within its own period, when it has both.
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
@BuiltInRule
public final class AgreementDeadlineInPeriod implements AgreementRule {

  private static final RuleDefinition DEFINITION = BuiltIn.rule("WZ-SMART-T-05")
      .severity(Severity.ERROR)
      .rationale("A multi-year agreement is fulfilled within the years it runs; a deadline outside"
          + " them contradicts the period.")
      .source("DOMAIN.md § Prestatieafspraken (SMART); seed 001 (Taskforce Wonen en Zorg), Is"
          + " SMART wel smart?")
      .example("An agreement for 2022–2025 with deadline 2027.")
      .arguments("agreementId", "period")
      .build();

  /** Creates the rule; it holds no state. */
  public AgreementDeadlineInPeriod() {}

  @Override
  public RuleDefinition definition() {
    return DEFINITION;
  }

  @Override
  public void check(PerformanceAgreement agreement, RuleContext context) {
    agreement.getPeriod().ifPresent(period -> agreement.getDeadline().ifPresent(deadline -> {
      if (!period.contains(deadline.deadlineYear())) {
        context.report(JsonPointer.of("deadline"), deadline, agreement.getId(), period);
      }
    }));
  }
}
