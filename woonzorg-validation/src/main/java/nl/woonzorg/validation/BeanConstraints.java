package nl.woonzorg.validation;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.metadata.ConstraintDescriptor;
import java.lang.annotation.Annotation;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import nl.woonzorg.model.report.Severity;
import nl.woonzorg.validation.internal.BuiltIn;
import nl.woonzorg.validation.rule.RuleDefinition;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * The first layer: the Jakarta constraints the model declares, checked by Hibernate Validator —
 * or by a {@link ConstraintPlan}, which finds exactly the same — and mapped onto findings of the
 * same shape as the rules'. A violation of constraint {@code @X} gets
 * rule id {@code WZ-BEAN-X} (the simple name in capitals, e.g. {@code WZ-BEAN-NOTBLANK}); a
 * constraint without an entry here, which only a model newer than this module could declare, gets
 * {@code WZ-BEAN-OTHER} with Hibernate Validator's own message. The constraints hold in every
 * profile, so all are errors.
 */
final class BeanConstraints {

  static final String PREFIX = "WZ-BEAN-";
  static final String OTHER = PREFIX + "OTHER";

  /** The model's constraints, by simple name, with what they demand. */
  static final List<RuleDefinition> DEFINITIONS = List.of(
      definition("NOTBLANK", "Ids, names and titles are what objects are found and shown by; an"
          + " empty one breaks references and reports.",
          "A goal with title \"  \".", "property"),
      definition("NOTBLANKWHENPRESENT", "Optional text may be absent, but when present it must say"
          + " something; blank text is absence in disguise.",
          "An agreement with description \"\".", "property"),
      definition("NOTEMPTY", "An agreement party takes part in some role; a party without one"
          + " commits to nothing.",
          "An agreement party with no roles.", "property"),
      definition("POSITIVE", "Counts such as ranks, rooms and intervals start at 1.",
          "A dwelling with 0 rooms.", "property"),
      definition("POSITIVEORZERO", "Budgets are amounts of money spent, never negative.",
          "A measure with a budget of -5000 euro.", "property"),
      definition("PATTERN", "CBS area codes and postcodes have fixed formats (GMnnnn, WKnnnnnn,"
          + " BUnnnnnnnn, 1234AB); anything else cannot be matched to official data.",
          "A dwelling with municipalityCode \"0363\".", "property", "pattern"),
      definition("OTHER", "A constraint the model declares that this version of the validator has"
          + " no dedicated message for; reported with Hibernate Validator’s message.",
          "Only possible with a newer model than this validator.", "property", "constraint",
          "constraintMessage"));

  private static final Map<String, RuleDefinition> BY_ID =
      DEFINITIONS.stream().collect(Collectors.toMap(RuleDefinition::id, Function.identity()));

  private BeanConstraints() {}

  private static RuleDefinition definition(String constraint, String rationale, String example,
      String... arguments) {
    return BuiltIn.rule(PREFIX + constraint)
        .severity(Severity.ERROR)
        .rationale(rationale)
        .source("The Jakarta constraints on the model's accessors (MODEL-SPEC.md, conventions)")
        .example(example)
        .arguments(arguments)
        .build();
  }

  /** Built once: Hibernate Validator's start-up is costly, and its validators are thread-safe. */
  private static final class Shared {
    /** Never closed: it lives as long as the class loader and holds nothing to release early. */
    static final ValidatorFactory FACTORY = Validation.byProvider(HibernateValidator.class)
        .configure()
        .messageInterpolator(new ParameterMessageInterpolator())
        .buildValidatorFactory();
    static final Validator VALIDATOR = FACTORY.getValidator();
  }

  static Validator validator() {
    return Shared.VALIDATOR;
  }

  /**
   * The rule id of a violation of {@code constraint}: {@code WZ-BEAN-} and the constraint's
   * simple name.
   */
  static String ruleId(ConstraintDescriptor<?> constraint) {
    Class<? extends Annotation> type = constraint.getAnnotation().annotationType();
    String id = PREFIX + type.getSimpleName().toUpperCase(Locale.ROOT);
    return BY_ID.containsKey(id) ? id : OTHER;
  }

  /**
   * The message arguments of a violation of {@code constraint} in {@code property}, as the
   * definitions name them: the property, then the pattern, or the constraint and Hibernate
   * Validator's message. {@code message} is asked for only then, for {@code WZ-BEAN-OTHER}: a
   * {@link ConstraintPlan}, which has no message, throws from it and so leaves such a violation
   * to Hibernate Validator.
   */
  static Object[] arguments(ConstraintDescriptor<?> constraint, String property,
      Supplier<String> message) {
    String ruleId = ruleId(constraint);
    if (ruleId.equals(PREFIX + "PATTERN")) {
      return new Object[] {property, String.valueOf(constraint.getAttributes().get("regexp"))};
    }
    if (ruleId.equals(OTHER)) {
      return new Object[] {property, constraint.getAnnotation().annotationType().getSimpleName(),
          message.get()};
    }
    return new Object[] {property};
  }
}
