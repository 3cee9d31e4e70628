package nl.woonzorg.validation;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Jakarta constraints of one class compiled into plain checks: for each constrained or
 * cascaded property, its getter and the tests of its constraints, of its container's elements and
 * of the beans it cascades into, all derived once from Hibernate Validator's own metadata by
 * {@link PlanCompiler}.
 *
 * <p>A plan is a filter in front of Hibernate Validator, never a substitute: it answers only
 * "certainly no violation" ({@link #admits(Object)}), and whatever it finds, or cannot be sure
 * of, goes to Hibernate Validator, which alone reports. Nearly all data is clean, and for clean
 * data the plan costs a fraction of a full validation. A class whose metadata holds anything the
 * plan does not copy exactly is {@linkplain #unsupported() not compiled}, and its objects always
 * go to Hibernate Validator.
 *
 * <p>Plans are built on first use, once per class, and kept as long as the class lives. Immutable
 * and thread-safe.
 */
final class ConstraintPlan {

  private static final Logger LOG = LoggerFactory.getLogger(WoonzorgValidator.class);

  private static final ClassValue<ConstraintPlan> PLANS = new ClassValue<>() {
    @Override
    protected ConstraintPlan computeValue(Class<?> type) {
      ConstraintPlan plan = PlanCompiler.compile(type, BeanConstraints.validator());
      plan.unsupported().ifPresent(why -> LOG.debug(
          "constraints of {} are left to Hibernate Validator: {}", type.getName(), why));
      return plan;
    }
  };

  private final ValueCheck[] checks;
  private final @Nullable String unsupported;

  private ConstraintPlan(ValueCheck[] checks, @Nullable String unsupported) {
    this.checks = checks;
    this.unsupported = unsupported;
  }

  /** A plan made of {@code checks}, one per constrained or cascaded property. */
  static ConstraintPlan compiled(List<ValueCheck> checks) {
    return new ConstraintPlan(checks.toArray(ValueCheck[]::new), null);
  }

  /** The plan of a class that is not compiled, for the reason given. */
  static ConstraintPlan unsupported(String reason) {
    return new ConstraintPlan(new ValueCheck[0], Objects.requireNonNull(reason, "reason"));
  }

  /** The plan of {@code type}, compiled on first use. */
  static ConstraintPlan of(Class<?> type) {
    return PLANS.get(type);
  }

  /**
   * True only if Hibernate Validator would certainly find no violation in {@code subject}; false
   * if the plan finds one, if the subject's class or a class it cascades into is not compiled, or
   * if a check fails.
   */
  static boolean admits(Object subject) {
    try {
      return of(subject.getClass()).holds(subject);
    } catch (RuntimeException | StackOverflowError e) {
      // A caller's subclass of a model type could reach itself; the plan, which keeps no state,
      // then overflows and steps aside, and Hibernate Validator, which tracks what it has
      // visited, decides.
      LOG.debug("the constraint plan of {} failed; Hibernate Validator decides",
          subject.getClass().getName(), e);
      return false;
    }
  }

  /**
   * The check of a value that Hibernate Validator cascades into ({@code @Valid}): an absent one
   * holds, as Hibernate Validator skips it; a present one is checked by its runtime class's plan,
   * as Hibernate Validator validates it by its runtime class's constraints. The model is a tree of
   * immutable values, built from the leaves up, so no object can reach itself and, unlike
   * Hibernate Validator, this walk keeps no record of the beans it has passed.
   */
  static boolean cascaded(@Nullable Object bean) {
    return bean == null || of(bean.getClass()).holds(bean);
  }

  /** True if this plan is compiled and every check holds for {@code bean}. */
  boolean holds(Object bean) {
    if (unsupported != null) {
      return false;
    }
    for (ValueCheck check : checks) {
      if (!check.holds(bean)) {
        return false;
      }
    }
    return true;
  }

  /** Why this plan's class is not compiled; empty if it is. */
  Optional<String> unsupported() {
    return Optional.ofNullable(unsupported);
  }
}
