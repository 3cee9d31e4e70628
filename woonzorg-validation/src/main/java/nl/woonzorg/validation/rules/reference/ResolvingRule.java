package nl.woonzorg.validation.rules.reference;

import java.util.HashSet;
import java.util.Set;
import nl.woonzorg.model.HousingCareVision;
import nl.woonzorg.validation.RuleContext;
import nl.woonzorg.validation.VisionRule;
import nl.woonzorg.validation.internal.Identities;
import nl.woonzorg.validation.internal.ObjectKind;

/** Reports every reference of the rule's kinds that names no object of that kind. */
abstract class ResolvingRule implements VisionRule {

  /** Whether references of {@code kind} are this rule's to check. */
  abstract boolean covers(ObjectKind kind);

  @Override
  public final void check(HousingCareVision vision, RuleContext context) {
    Set<String> declared = new HashSet<>();
    for (Identities.Occurrence occurrence : Identities.declared(vision)) {
      if (covers(occurrence.kind())) {
        declared.add(occurrence.kind() + "\u0000" + occurrence.id());
      }
    }
    for (Identities.Occurrence reference : Identities.referenced(vision)) {
      if (covers(reference.kind())
          && !declared.contains(reference.kind() + "\u0000" + reference.id())) {
        context.report(reference.location(), reference.id(), reference.id(),
            reference.kind().name());
      }
    }
  }
}
