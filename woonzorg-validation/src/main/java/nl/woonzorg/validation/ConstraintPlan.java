package nl.woonzorg.validation;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import nl.woonzorg.model.report.JsonPointer;

/**
 * The Jakarta constraints of one class compiled into plain checks: for each constrained or
 * cascaded property, its getter and the tests of its constraints, of its container's elements and
 * of the beans it cascades into, all derived once from Hibernate Validator's own metadata by
 * {@link PlanCompiler}.
 *
 * <p>A plan answers two questions. First, cheaply, "certainly no violation?" ({@link
 * #admits(Object)}): nearly all data is clean, and for clean data the plan costs a fraction of a
 * full validation. If not, it walks the subject again and reports every violation, with the
 * descriptor of the constraint broken, its place, value and property ({@link #locate(Object,
 * Violations)}) — exactly the violations Hibernate Validator would return, but one at a time, so
 * that the caller keeps what it needs: Hibernate Validator returns all at once, a million
 * violation objects in a hash set for a million blank ids, which took minutes and gigabytes.
 *
 * <p>A plan reports only if it can tell all the way: a class whose metadata holds anything the
 * plan does not copy exactly is {@linkplain #unsupported() not compiled}, and if the subject's
 * class or any class the walk reaches is not compiled, or a check fails, the walk says so and
 * Hibernate Validator decides, as before.
 *
 * <p>The plans that only check a model class are made from the text written at build time from
 * the same metadata ({@link PlanText}), so that clean data passes without Hibernate Validator
 * being started; only a plan that reports is compiled from the metadata at run time.
 *
 * <p>Plans are built on first use, once per class, and kept as long as the class lives. Immutable
 * and thread-safe.
 */
final class ConstraintPlan {

  private static final Logger LOG = LoggerFactory.getLogger(WoonzorgValidator.class);

  /** The plans compiled from Hibernate Validator's metadata, which can report. */
  private static final ClassValue<ConstraintPlan> COMPILED = new ClassValue<>() {
    @Override
    protected ConstraintPlan computeValue(Class<?> type) {
      ConstraintPlan plan = PlanCompiler.compile(type, BeanConstraints.validator());
      plan.unsupported().ifPresent(why -> LOG.debug(
          "constraints of {} are left to Hibernate Validator: {}", type.getName(), why));
      return plan;
    }
  };

  /**
   * The plans that check: of a model class, made from the text written at build time, which
   * cannot report but needs no Hibernate Validator; of any other class, the compiled plan.
   */
  private static final ClassValue<ConstraintPlan> PLANS = new ClassValue<>() {
    @Override
    protected ConstraintPlan computeValue(Class<?> type) {
      return PlanText.linesOf(type).flatMap(lines -> written(type, lines))
          .orElseGet(() -> COMPILED.get(type));
    }
  };

  private final List<String> lines;
  private final ValueCheck[] checks;
  private final Locator @Nullable [] locators;
  private final @Nullable String unsupported;

  private ConstraintPlan(List<String> lines, ValueCheck[] checks, Locator @Nullable [] locators,
      @Nullable String unsupported) {
    this.lines = lines;
    this.checks = checks;
    this.locators = locators;
    this.unsupported = unsupported;
  }

  /**
   * A plan written as {@code lines} ({@link PlanText}), made of {@code checks} and {@code
   * locators}, one of each per constrained or cascaded property.
   */
  static ConstraintPlan compiled(List<String> lines, List<ValueCheck> checks,
      List<Locator> locators) {
    return new ConstraintPlan(List.copyOf(lines), checks.toArray(ValueCheck[]::new),
        locators.toArray(Locator[]::new), null);
  }

  /** The plan of a class that is not compiled, for the reason given. */
  static ConstraintPlan unsupported(String reason) {
    return new ConstraintPlan(List.of(), new ValueCheck[0], new Locator[0],
        Objects.requireNonNull(reason, "reason"));
  }

  /**
   * The plan that checks {@code type}, written as {@code lines}; empty if they no longer fit the
   * class, which the compiled plan then checks. Where {@link WrittenChecks} has the class, its
   * generated Java is used without reading {@code lines} again: that the two agree, and fit the
   * model, is held by ConstraintPlanCoverageTest, not checked here.
   */
  private static Optional<ConstraintPlan> written(Class<?> type, List<String> lines) {
    try {
      // The same checks in Java, where generated: the interpreted ones call every getter and
      // test through shared call sites, and were a third of a vision's validation.
      ValueCheck java = WrittenChecks.of(type);
      ValueCheck[] checks = java != null ? new ValueCheck[] {java}
          : PlanText.checks(type, lines).toArray(ValueCheck[]::new);
      return Optional.of(new ConstraintPlan(lines, checks, null, null));
    } catch (RuntimeException e) {
      LOG.debug("the written constraint plan of {} does not fit it", type.getName(), e);
      return Optional.empty();
    }
  }

  /** The plan that checks {@code type}, made on first use. */
  static ConstraintPlan of(Class<?> type) {
    return PLANS.get(type);
  }

  /** The plan of {@code type} compiled from Hibernate Validator's metadata, on first use. */
  static ConstraintPlan reporting(Class<?> type) {
    return COMPILED.get(type);
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
   * Reports to {@code sink} every violation Hibernate Validator would find in {@code subject},
   * with locations from the subject's root, and returns true; or returns false if the plan cannot
   * tell — the subject's class or a class it cascades into is not compiled, a getter or a check
   * fails, or {@code sink} throws — and what it reported is then void. Whatever it reports,
   * it keeps nothing: memory is the sink's to bound.
   */
  static boolean locate(Object subject, Violations sink) {
    try {
      reporting(subject.getClass()).locate(subject, JsonPointer.root(), sink);
      return true;
    } catch (RuntimeException | StackOverflowError e) {
      // As in admits: a bean that reaches itself overflows the walk, and Hibernate Validator,
      // which tracks what it has visited, decides.
      LOG.debug("the constraint plan of {} cannot locate; Hibernate Validator decides",
          subject.getClass().getName(), e);
      return false;
    }
  }

  /**
   * The locator of a value that Hibernate Validator cascades into: as {@link #cascaded(Object)},
   * an absent one has no violations and a present one is walked by its runtime class's plan.
   *
   * @throws UnsupportedOperationException if that plan is not compiled
   */
  static void locateCascaded(@Nullable Object bean, JsonPointer location, Violations sink) {
    if (bean != null) {
      reporting(bean.getClass()).locate(bean, location, sink);
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

  private void locate(Object bean, JsonPointer location, Violations sink) {
    if (unsupported != null) {
      throw new UnsupportedOperationException(unsupported);
    }
    for (Locator locator : Objects.requireNonNull(locators, "a compiled plan's locators")) {
      locator.locate(bean, location, sink);
    }
  }

  /** The lines this plan is written as ({@link PlanText}); empty if it is not compiled. */
  List<String> lines() {
    return lines;
  }

  /** Why this plan's class is not compiled; empty if it is. */
  Optional<String> unsupported() {
    return Optional.ofNullable(unsupported);
  }
}
