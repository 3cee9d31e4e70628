package nl.woonzorg.model.constraint;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Pattern;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import org.apiguardian.api.API;

/**
 * Text that may be absent, but when present holds at least one non-whitespace character. Put it on
 * the type argument of an optional: {@code Optional<@NotBlankWhenPresent String>}.
 *
 * <p>{@code Optional<@NotBlank String>} does not do this: Jakarta Validation unwraps an empty
 * optional to {@code null}, which {@code @NotBlank} rejects, so every absent value would be
 * reported. This constraint accepts {@code null} and reports text made only of whitespace — as
 * {@link Character#isWhitespace(char)} defines it, the same test {@code @NotBlank} applies — with
 * the standard {@code @NotBlank} message.
 */
@API(status = API.Status.STABLE, since = "0.1.0")
@Documented
@Constraint(validatedBy = {})
@ReportAsSingleViolation
@Pattern(regexp = "(?s).*[^\\p{javaWhitespace}].*")
@Target({METHOD, FIELD, ANNOTATION_TYPE, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface NotBlankWhenPresent {

  /** The message, by default the standard "must not be blank" of {@code @NotBlank}. */
  String message() default "{jakarta.validation.constraints.NotBlank.message}";

  /** The validation groups. */
  Class<?>[] groups() default {};

  /** The payload. */
  Class<? extends Payload>[] payload() default {};
}
