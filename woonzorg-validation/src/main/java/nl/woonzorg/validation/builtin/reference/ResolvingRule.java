package nl.woonzorg.validation.builtin.reference;

import nl.woonzorg.model.HousingCareVision;
import nl.woonzorg.validation.internal.Identities;
import nl.woonzorg.validation.internal.ObjectKind;
import nl.woonzorg.validation.rule.RuleContext;
import nl.woonzorg.validation.rule.VisionRule;

/** Reports every reference of the rule's kinds that names no object of that kind. */
abstract class ResolvingRule implements VisionRule {

  /** Whether references of {@code kind} are this rule's to check. */
  abstract boolean covers(ObjectKind kind);

  /**
   * The message arguments of an unresolved reference: its id. A rule that covers one kind says
   * which in its message; one that covers several passes the kind as well.
   */
  Object[] arguments(Identities.Occurrence reference) {
    return new Object[] {reference.id()};
  }

  @Override
  public final void check(HousingCareVision vision, RuleContext context) {
    Identities.of(vision, context).forEachUnresolved(this::covers, reference ->
        context.report(reference.location(), reference.id(), arguments(reference)));
  }
}
