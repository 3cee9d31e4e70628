package nl.woonzorg.validation.builtin.reference;

import nl.woonzorg.model.HousingCareVision;
import nl.woonzorg.validation.internal.DocumentViews;
import nl.woonzorg.validation.internal.SharedRule;
import nl.woonzorg.validation.internal.Identities;
import nl.woonzorg.validation.internal.ObjectKind;
import nl.woonzorg.validation.rule.RuleContext;

/** Reports every reference of the rule's kinds that names no object of that kind. */
abstract class ResolvingRule implements SharedRule {

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
    // A document other than the vision refers to goals, agreements or indicators of another
    // document; only what its own kind holds can be resolved within it.
    Identities.of(vision, context).forEachUnresolved(
        kind -> covers(kind) && DocumentViews.holds(context.documentType(), kind), reference ->
        context.report(reference.location(), reference.id(), arguments(reference)));
  }
}
