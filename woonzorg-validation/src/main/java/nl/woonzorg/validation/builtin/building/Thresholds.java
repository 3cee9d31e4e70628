package nl.woonzorg.validation.builtin.building;

import java.math.BigDecimal;
import java.util.Optional;
import nl.woonzorg.model.goal.Criterion;
import nl.woonzorg.model.goal.CriterionKind;
import nl.woonzorg.model.quantity.Quantity;
import nl.woonzorg.validation.rule.RuleContext;

/**
 * Where the clustered-housing rules take a threshold from: the first criterion of the kind with a
 * value that the caller gave the validator.
 */
final class Thresholds {

  private Thresholds() {}

  /** The value of the first criterion of {@code kind} with one; empty if there is none. */
  static Optional<BigDecimal> of(RuleContext context, CriterionKind kind) {
    for (Criterion criterion : context.criteria()) {
      if (criterion.getKind() == kind && criterion.getValue().isPresent()) {
        return criterion.getValue().map(Quantity::getValue);
      }
    }
    return Optional.empty();
  }
}
