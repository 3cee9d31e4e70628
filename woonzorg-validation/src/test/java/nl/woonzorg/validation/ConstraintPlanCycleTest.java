package nl.woonzorg.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import org.junit.jupiter.api.Test;

/**
 * The model is a tree, but a caller's class can reach itself. The plan then steps aside instead of
 * overflowing out of validation, and Hibernate Validator, which tracks what it has visited, decides.
 */
class ConstraintPlanCycleTest {

  /** A bean that refers to itself through a cascaded property. */
  public static final class Ring {
    private Ring next = this;

    @NotBlank
    public String getName() {
      return "ring";
    }

    @Valid
    public Ring getNext() {
      return next;
    }
  }

  @Test
  void aBeanThatReachesItselfIsLeftToHibernateValidator() {
    Ring ring = new Ring();

    assertFalse(ConstraintPlan.admits(ring));
    assertEquals(0, BeanConstraints.validator().validate(ring).size());
  }
}
