package nl.woonzorg.validation.builtin.smart;

import java.util.List;
import nl.woonzorg.model.agreement.AgreementParty;
import nl.woonzorg.model.agreement.PerformanceAgreement;
import nl.woonzorg.model.goal.Goal;
import nl.woonzorg.model.report.JsonPointer;
import nl.woonzorg.model.report.Severity;
import nl.woonzorg.validation.internal.BuiltIn;
import nl.woonzorg.validation.internal.BuiltInRule;
import nl.woonzorg.validation.internal.VisionIndex;
import nl.woonzorg.validation.rule.GoalRule;
import nl.woonzorg.validation.rule.RuleContext;
import nl.woonzorg.validation.rule.RuleDefinition;
import org.apiguardian.api.API;

/**
 * <b>WZ-SMART-A-02</b>: a goal's owner takes part in an agreement that serves the goal, when
 * agreements serve it. Needs the vision; skipped for a goal on its own.
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
@BuiltInRule
public final class GoalOwnerTakesPart implements GoalRule {

  private static final RuleDefinition DEFINITION = BuiltIn.rule("WZ-SMART-A-02")
      .severity(Severity.INFO, Severity.WARNING)
      .rationale("Ownership is accepted by committing to it; an owner absent from every agreement"
          + " made for its goal has not taken the goal on.")
      .source("DOMAIN.md § Prestatieafspraken (SMART); seed 001 (Taskforce Wonen en Zorg), Is"
          + " SMART wel smart?")
      .example("Goal owner corporatie-y, while the only agreement serving the goal has parties"
          + " gemeente and corporatie-x.")
      .arguments("goalId", "ownerPartyId")
      .build();

  /** Creates the rule; it holds no state. */
  public GoalOwnerTakesPart() {}

  @Override
  public RuleDefinition definition() {
    return DEFINITION;
  }

  @Override
  public void check(Goal goal, RuleContext context) {
    List<String> owners = goal.getOwnerPartyIds();
    if (owners.isEmpty() || context.vision().isEmpty()) {
      return;
    }
    List<PerformanceAgreement> serving =
        VisionIndex.of(context.vision().get(), context).agreementsServing(goal.getId());
    if (serving.isEmpty()) {
      return;
    }
    for (int i = 0; i < owners.size(); i++) {
      if (!takesPart(owners.get(i), serving)) {
        context.report(JsonPointer.of("ownerPartyIds").append(i), owners.get(i), goal.getId(),
            owners.get(i));
      }
    }
  }

  /**
   * Whether {@code partyId} is a party of one of the {@code serving} agreements. A scan, not a
   * set: a goal has an owner or two and its agreements a few parties each, and a set made per
   * goal cost more than the scans.
   */
  private static boolean takesPart(String partyId, List<PerformanceAgreement> serving) {
    for (PerformanceAgreement agreement : serving) {
      for (AgreementParty party : agreement.getParties()) {
        if (party.getPartyId().equals(partyId)) {
          return true;
        }
      }
    }
    return false;
  }
}
