package nl.woonzorg.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The compiled plan passes an object exactly when Hibernate Validator finds nothing in it: never
 * "clean" where Hibernate Validator reports a violation (which would lose findings), and on the
 * model not even the other way round (which would only cost time). And where it finds something,
 * it reports it itself, with exactly the findings Hibernate Validator gives ({@link
 * ConstraintPlanFindingsTest#assertSameFindings(Object)}). The generated objects ({@link
 * ConstraintData}) have blank ids, codes one character off, negative budgets, zero rooms and
 * parties without roles, in lists and optionals at every depth.
 */
class ConstraintPlanPropertiesTest {

  @Test
  void dwellings() {
    agreesWithHibernateValidator(ConstraintData.dwellings(), 2_000);
  }

  @Test
  void goals() {
    agreesWithHibernateValidator(ConstraintData.goals(), 1_000);
  }

  @Test
  void agreements() {
    agreesWithHibernateValidator(ConstraintData.agreements(), 1_000);
  }

  @Test
  void visions() {
    agreesWithHibernateValidator(ConstraintData.visions(), 300);
  }

  private static <T> void agreesWithHibernateValidator(Gen<T> subjects, int examples) {
    AtomicInteger clean = new AtomicInteger();
    AtomicInteger defective = new AtomicInteger();
    qt().withExamples(examples).forAll(subjects).checkAssert(subject -> {
      boolean valid = BeanConstraints.validator().validate(subject).isEmpty();
      assertEquals(valid, ConstraintPlan.admits(subject), subject::toString);
      (valid ? clean : defective).incrementAndGet();
      assertTrue(ConstraintPlan.locate(subject, (constraint, location, value, property) -> { }),
          () -> "the plan leaves " + subject + " to Hibernate Validator");
      ConstraintPlanFindingsTest.assertSameFindings(subject);
    });
    // Both answers must come up often, or the property says little.
    assertTrue(clean.get() > examples / 10, "clean: " + clean);
    assertTrue(defective.get() > examples / 10, "defective: " + defective);
  }
}
