package nl.woonzorg.validation;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One step of a {@link ConstraintPlan}: a test of a value — a bean, a property's value or a
 * container's element — compiled once from Hibernate Validator's metadata. Implementations are
 * immutable and thread-safe.
 */
@FunctionalInterface
interface ValueCheck {

  /**
   * True if {@code value} certainly satisfies what this step was compiled from; false if it does
   * not, or if the step cannot tell (a value of an unexpected type, say), so that Hibernate
   * Validator decides. May throw, which the plan's caller also takes as "cannot tell".
   */
  boolean holds(@Nullable Object value);

  /** A check that holds when every one of {@code checks} holds, tried in order. */
  static ValueCheck allOf(List<ValueCheck> checks) {
    if (checks.size() == 1) {
      return checks.get(0);
    }
    ValueCheck[] all = checks.toArray(ValueCheck[]::new);
    return value -> {
      for (ValueCheck check : all) {
        if (!check.holds(value)) {
          return false;
        }
      }
      return true;
    };
  }
}
