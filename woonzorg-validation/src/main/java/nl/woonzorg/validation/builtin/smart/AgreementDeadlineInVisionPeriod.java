package nl.woonzorg.validation.builtin.smart;

import nl.woonzorg.model.HousingCareVision;
import nl.woonzorg.model.agreement.PerformanceAgreement;
import nl.woonzorg.model.report.JsonPointer;
import nl.woonzorg.model.report.Severity;
import nl.woonzorg.model.time.YearPeriod;
import nl.woonzorg.validation.internal.BuiltIn;
import nl.woonzorg.validation.internal.BuiltInRule;
import nl.woonzorg.validation.rule.AgreementRule;
import nl.woonzorg.validation.rule.RuleContext;
import nl.woonzorg.validation.rule.RuleDefinition;
import org.apiguardian.api.API;

/**
 * <b>WZ-SMART-T-06</b>: an agreement's deadline lies within the vision's period, as a goal's
 * must (WZ-SMART-T-02). Needs the vision; skipped for an agreement on its own.
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
@BuiltInRule
public final class AgreementDeadlineInVisionPeriod implements AgreementRule {

  private static final RuleDefinition DEFINITION = BuiltIn.rule("WZ-SMART-T-06")
      .severity(Severity.ERROR)
      .rationale("Prestatieafspraken carry out the vision; an agreement due after the vision ends"
          + " is nobody’s to monitor under it, one due before it starts is already past.")
      .source("DOMAIN.md § Prestatieafspraken (SMART); seed 001 (Taskforce Wonen en Zorg), Is"
          + " SMART wel smart?")
      .example("A vision for 2021–2025 with a handelingsafspraak due in 2030.")
      .arguments("agreementId", "visionPeriod")
      .build();

  /** Creates the rule; it holds no state. */
  public AgreementDeadlineInVisionPeriod() {}

  @Override
  public RuleDefinition definition() {
    return DEFINITION;
  }

  @Override
  public void check(PerformanceAgreement agreement, RuleContext context) {
    // A vision without a period has no years to lie outside of; WZ-DOC-01 says if it needs one.
    context.vision().flatMap(HousingCareVision::getPeriod).ifPresent(period ->
        agreement.getDeadline().ifPresent(deadline -> {
          if (!period.contains(deadline.deadlineYear())) {
            context.report(JsonPointer.of("deadline"), deadline, agreement.getId(), period);
          }
        }));
  }
}
