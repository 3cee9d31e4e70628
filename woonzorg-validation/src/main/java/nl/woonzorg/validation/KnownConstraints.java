package nl.woonzorg.validation;

import jakarta.validation.ConstraintTarget;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.groups.Default;
import jakarta.validation.metadata.ConstraintDescriptor;
import jakarta.validation.metadata.ValidateUnwrappedValue;
import java.lang.annotation.Annotation;
import java.lang.invoke.MethodType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import org.hibernate.validator.constraints.ConstraintComposition;

/**
 * The constraints a {@link ConstraintPlan} compiles, each tested exactly as Hibernate Validator
 * 9.1 tests it: {@code @NotBlank}, {@code @NotEmpty} on a collection, {@code @Pattern}, {@code
 * @Positive} and {@code @PositiveOrZero} on an {@code Integer} (or {@code int}) or a {@code
 * BigDecimal}, and constraints composed of these alone, such as the model's
 * {@code @NotBlankWhenPresent}.
 *
 * <p>A constraint is compiled only if Hibernate Validator would check it with its own built-in
 * validator for that very type, in the default group, without unwrapping; anything else — an
 * unknown constraint, a validator the application registered, another group, another value type —
 * makes compiling fail with an {@link UnsupportedOperationException} that says why, and the
 * class's plan is then not compiled.
 */
final class KnownConstraints {

  /** Where Hibernate Validator keeps its built-in validators, whose behaviour is copied here. */
  private static final String BUILT_IN = "org.hibernate.validator.internal.constraintvalidators.";

  private static final String BV = BUILT_IN + "bv.";
  private static final String SIGN = BV + "number.sign.";

  /**
   * The expression {@code @NotBlankWhenPresent} is composed of: any text with a code point for
   * which {@link Character#isWhitespace(int)} is false.
   */
  static final String NOT_BLANK = "(?s).*[^\\p{javaWhitespace}].*";

  private static final String NOT_BLANK_TOKEN = "NotBlank";
  private static final String NOT_EMPTY_TOKEN = "NotEmpty";
  private static final String PATTERN_TOKEN = "Pattern";
  private static final String POSITIVE_TOKEN = "Positive";
  private static final String POSITIVE_OR_ZERO_TOKEN = "PositiveOrZero";

  private KnownConstraints() {}

  /**
   * The test of {@code constraint} on values declared as {@code declaredType}, written as the
   * tokens {@link #check(List)} reads: one per constraint tested, a composition as its parts.
   * This is where a constraint is held to be one Hibernate Validator checks exactly as the
   * compiled test does; the tokens are what a plan keeps of it ({@link PlanText}).
   *
   * @throws UnsupportedOperationException if it is not one compiled here, or not on that type
   */
  static List<String> describe(ConstraintDescriptor<?> constraint, Class<?> declaredType) {
    Class<? extends Annotation> kind = constraint.getAnnotation().annotationType();
    if (!constraint.getGroups().equals(Set.of(Default.class))) {
      throw unsupported(kind, "groups " + constraint.getGroups());
    }
    if (constraint.getValueUnwrapping() != ValidateUnwrappedValue.DEFAULT) {
      throw unsupported(kind, "value unwrapping " + constraint.getValueUnwrapping());
    }
    ConstraintTarget target = constraint.getValidationAppliesTo();
    if (target != null && target != ConstraintTarget.IMPLICIT) {
      throw unsupported(kind, "validationAppliesTo " + target);
    }
    Class<?> type = boxed(declaredType);
    if (kind == NotBlank.class) {
      requireBuiltIn(constraint, type, CharSequence.class, BV + "NotBlankValidator");
      return List.of(NOT_BLANK_TOKEN);
    }
    if (kind == NotEmpty.class) {
      requireBuiltIn(constraint, type, Collection.class,
          BV + "notempty.NotEmptyValidatorForCollection");
      return List.of(NOT_EMPTY_TOKEN);
    }
    if (kind == Pattern.class) {
      requireBuiltIn(constraint, type, CharSequence.class, BV + "PatternValidator");
      Pattern annotation = (Pattern) constraint.getAnnotation();
      if (annotation.regexp().indexOf('\n') >= 0 || annotation.regexp().indexOf('\r') >= 0) {
        throw unsupported(kind, "a line break in its expression, which a plan's text cannot hold");
      }
      int flags = 0;
      for (Pattern.Flag flag : annotation.flags()) {
        flags |= flag.getValue();
      }
      return List.of(PATTERN_TOKEN + " " + flags + " " + annotation.regexp());
    }
    if (kind == Positive.class || kind == PositiveOrZero.class) {
      return List.of(sign(constraint, type, kind));
    }
    if (isComposition(constraint)) {
      // A pure composition holds when all its parts hold (the default AND composition);
      // @ReportAsSingleViolation changes only how a violation is reported.
      List<String> parts = new ArrayList<>();
      for (ConstraintDescriptor<?> part : constraint.getComposingConstraints()) {
        parts.addAll(describe(part, declaredType));
      }
      return List.copyOf(parts);
    }
    throw unsupported(kind, "no compiled test");
  }

  /** The test that holds when each of {@code tokens}, as {@link #describe} writes them, holds. */
  static ValueCheck check(List<String> tokens) {
    return ValueCheck.allOf(tokens.stream().map(KnownConstraints::check).toList());
  }

  /**
   * The test of one token as {@link #describe} writes it.
   *
   * @throws IllegalArgumentException if it is not such a token
   */
  static ValueCheck check(String token) {
    if (token.equals(NOT_BLANK_TOKEN)) {
      return value -> value instanceof CharSequence text && isNotBlank(text);
    }
    if (token.equals(NOT_EMPTY_TOKEN)) {
      return value -> value instanceof Collection<?> collection && collection.size() > 0;
    }
    if (token.startsWith(PATTERN_TOKEN + " ")) {
      int space = token.indexOf(' ', PATTERN_TOKEN.length() + 1);
      if (space > 0) {
        return pattern(Integer.parseInt(token.substring(PATTERN_TOKEN.length() + 1, space)),
            token.substring(space + 1));
      }
    }
    for (String sign : List.of(POSITIVE_TOKEN, POSITIVE_OR_ZERO_TOKEN)) {
      int least = sign.equals(POSITIVE_OR_ZERO_TOKEN) ? 0 : 1;
      if (token.equals(sign + " " + Integer.class.getSimpleName())) {
        return value -> value == null
            || value instanceof Integer number && Integer.signum(number) >= least;
      }
      if (token.equals(sign + " " + BigDecimal.class.getSimpleName())) {
        return value -> value == null
            || value instanceof BigDecimal number && number.signum() >= least;
      }
    }
    throw new IllegalArgumentException("not a compiled constraint: " + token);
  }

  /**
   * True if {@code constraint} is a pure composition: no validator of its own, and parts that
   * must all hold (the default AND composition).
   */
  static boolean isComposition(ConstraintDescriptor<?> constraint) {
    return constraint.getConstraintValidatorClasses().isEmpty()
        && !constraint.getComposingConstraints().isEmpty()
        && !constraint.getAnnotation().annotationType()
            .isAnnotationPresent(ConstraintComposition.class);
  }

  /**
   * As {@code PatternValidator}: the flags or-ed together, a full match, null valid. A matcher is
   * kept per thread and reset for each value, which matches alike without allocating a {@link
   * Matcher} per value. {@link #NOT_BLANK} matches exactly the text that {@link
   * String#isBlank()} calls not blank, and is tested so, without a matcher; a fixed-length
   * format such as {@code GM\d{4}} is tested character by character ({@link FixedPattern}).
   */
  private static ValueCheck pattern(int flags, String regexp) {
    if (flags == 0 && regexp.equals(NOT_BLANK)) {
      return value -> value == null || value instanceof CharSequence text && isNotBlank(text);
    }
    Optional<FixedPattern> fixed = flags == 0 ? FixedPattern.compile(regexp) : Optional.empty();
    if (fixed.isPresent()) {
      FixedPattern format = fixed.get();
      return value -> value == null || value instanceof CharSequence text && format.matches(text);
    }
    java.util.regex.Pattern regex = java.util.regex.Pattern.compile(regexp, flags);
    ThreadLocal<Matcher> matchers = ThreadLocal.withInitial(() -> regex.matcher(""));
    return value -> value == null
        || value instanceof CharSequence text && matchers.get().reset(text).matches();
  }

  /**
   * As {@code !text.toString().isBlank()}, which Hibernate Validator's {@code NotBlankValidator}
   * tests. An id or a code nearly always begins with a printable ASCII character other than the
   * space, none of which is white space, and that settles it without a look at the rest.
   */
  private static boolean isNotBlank(CharSequence text) {
    if (!text.isEmpty()) {
      char first = text.charAt(0);
      if (first > ' ' && first < 0x7f) {
        return true;
      }
    }
    return !text.toString().isBlank();
  }

  /**
   * The token of a {@code Positive[OrZero]ValidatorFor*}: the value's sign, null valid, on an
   * {@code Integer} or a {@code BigDecimal}.
   */
  private static String sign(ConstraintDescriptor<?> constraint, Class<?> type,
      Class<? extends Annotation> kind) {
    String validator = SIGN + kind.getSimpleName() + "ValidatorFor" + type.getSimpleName();
    if (type != Integer.class && type != BigDecimal.class) {
      throw unsupported(kind, "type " + type.getName());
    }
    requireBuiltIn(constraint, type, type, validator);
    return (kind == PositiveOrZero.class ? POSITIVE_OR_ZERO_TOKEN : POSITIVE_TOKEN) + " "
        + type.getSimpleName();
  }

  /**
   * Demands that Hibernate Validator checks {@code constraint} on {@code type} with {@code
   * validator}: the type is one it validates, every validator it knows for the constraint is its
   * own (an application may register more, which could take over), and the one copied is among
   * them, so that it is the most specific for the type.
   */
  private static void requireBuiltIn(ConstraintDescriptor<?> constraint, Class<?> type,
      Class<?> validated, String validator) {
    Class<? extends Annotation> kind = constraint.getAnnotation().annotationType();
    if (!validated.isAssignableFrom(type)) {
      throw unsupported(kind, "type " + type.getName());
    }
    if (!constraint.getComposingConstraints().isEmpty()) {
      throw unsupported(kind, "composing constraints");
    }
    boolean found = false;
    for (Class<?> candidate : constraint.getConstraintValidatorClasses()) {
      if (!candidate.getName().startsWith(BUILT_IN)) {
        throw unsupported(kind, "validator " + candidate.getName());
      }
      found |= candidate.getName().equals(validator);
    }
    if (!found) {
      throw unsupported(kind, "no " + validator);
    }
  }

  /** Hibernate Validator checks a primitive as its wrapper: an {@code int} as an Integer. */
  private static Class<?> boxed(Class<?> type) {
    return MethodType.methodType(type).wrap().returnType();
  }

  private static UnsupportedOperationException unsupported(Class<? extends Annotation> kind,
      String what) {
    return new UnsupportedOperationException("@" + kind.getName() + " with " + what);
  }
}
