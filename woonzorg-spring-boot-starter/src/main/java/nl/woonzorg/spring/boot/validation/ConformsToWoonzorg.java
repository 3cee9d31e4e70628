package nl.woonzorg.spring.boot.validation;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import nl.woonzorg.validation.rule.Profile;
import org.apiguardian.api.API;

/**
 * The annotated woonzorg document conforms (<i>is conform</i>): the application's validator,
 * in {@link #profile()}, finds no error in it. Warnings and information do not fail it; a null
 * value is valid, as Bean Validation's convention is.
 *
 * <p>On a {@code @RequestBody} parameter of a Spring MVC controller, Spring's method validation
 * checks it, and the starter answers a failure with an RFC 9457 problem that lists the findings:
 *
 * <pre>{@code
 * @PostMapping("/visions")
 * Summary submit(@RequestBody @ConformsToWoonzorg(profile = Profile.CONCEPT) HousingCareVision v)
 * }</pre>
 *
 * <p>The violation carries the whole {@link nl.woonzorg.model.report.Report} as Hibernate
 * Validator's dynamic payload ({@code
 * HibernateConstraintViolation.getDynamicPayload(Report.class)}), its findings in the current
 * request's language.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
@Documented
@Retention(RUNTIME)
@Target({PARAMETER, FIELD, METHOD, TYPE_USE})
@Constraint(validatedBy = ConformsToWoonzorgValidator.class)
public @interface ConformsToWoonzorg {

  /**
   * The profile to check in: at most one; none for the application's configured profile ({@code
   * woonzorg.validation.profile}).
   */
  Profile[] profile() default {};

  /** The violation's message; the findings say what is wrong. */
  String message() default "does not conform to the woonzorg rules";

  /** Bean Validation's groups. */
  Class<?>[] groups() default {};

  /** Bean Validation's payload. */
  Class<? extends Payload>[] payload() default {};
}
