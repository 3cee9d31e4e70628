package nl.woonzorg.validation;

import jakarta.validation.metadata.ConstraintDescriptor;
import org.jspecify.annotations.Nullable;
import nl.woonzorg.model.report.JsonPointer;

/**
 * Where a {@link ConstraintPlan} reports the violations it locates, each with what a finding is
 * made of and what Hibernate Validator's violation would have given: the descriptor of the
 * constraint broken, the place, the value and the name of the property.
 */
@FunctionalInterface
interface Violations {

  /**
   * Takes a violation of {@code constraint} by {@code value}, at {@code location}, in property
   * {@code property}. May throw, which ends the plan's walk and leaves the subject to Hibernate
   * Validator.
   */
  void add(ConstraintDescriptor<?> constraint, JsonPointer location, @Nullable Object value,
      String property);
}
