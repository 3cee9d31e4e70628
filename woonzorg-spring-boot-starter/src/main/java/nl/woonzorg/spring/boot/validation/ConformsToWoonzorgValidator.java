package nl.woonzorg.spring.boot.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Locale;
import java.util.Objects;
import nl.woonzorg.model.document.DocumentType;
import nl.woonzorg.model.report.Report;
import nl.woonzorg.model.report.Verdict;
import nl.woonzorg.validation.WoonzorgValidator;
import nl.woonzorg.validation.rule.Profile;
import org.apiguardian.api.API;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Checks {@link ConformsToWoonzorg}: validates the document with the application's {@link
 * WoonzorgValidators}, in the profile the annotation names and the language of the current HTTP
 * request, and attaches the report to the violation.
 *
 * <p>Spring's validator creates it with the application's validators; Bean Validation outside
 * Spring creates it with Dutch validators of the built-in rules. Used by one thread at a time
 * after {@link #initialize}, as Bean Validation does; the validation itself is thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class ConformsToWoonzorgValidator
    implements ConstraintValidator<ConformsToWoonzorg, Object> {

  private final WoonzorgValidators validators;
  private @Nullable Profile profile;

  /** With validators of the built-in rules, Dutch unless the request asks for English. */
  public ConformsToWoonzorgValidator() {
    this(BuiltIn.VALIDATORS);
  }

  /** With the application's {@code validators}. */
  @Autowired
  public ConformsToWoonzorgValidator(WoonzorgValidators validators) {
    this.validators = Objects.requireNonNull(validators, "validators");
  }

  /**
   * Takes the profile of {@code annotation}.
   *
   * @throws IllegalArgumentException if it names more than one profile
   */
  @Override
  public void initialize(ConformsToWoonzorg annotation) {
    Profile[] named = annotation.profile();
    if (named.length > 1) {
      throw new IllegalArgumentException("@ConformsToWoonzorg names at most one profile, not "
          + named.length);
    }
    profile = named.length == 0 ? null : named[0];
  }

  /**
   * Whether {@code value} is null or has no error finding.
   *
   * @throws IllegalArgumentException if {@code value} is not a woonzorg document ({@link
   *     DocumentType#all()})
   */
  @Override
  public boolean isValid(@Nullable Object value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    if (DocumentType.ofDocument(value).isEmpty()) {
      throw new IllegalArgumentException("@ConformsToWoonzorg is on a "
          + value.getClass().getName() + ", which is not a woonzorg document");
    }
    Locale locale = validators.localeFor(RequestLanguage.acceptLanguage());
    WoonzorgValidator validator = validators.get(
        profile == null ? validators.defaultProfile() : profile, locale);
    Report report = validator.validate(value);
    if (report.verdict() != Verdict.NOT_CONFORM) {
      return true;
    }
    context.unwrap(HibernateConstraintValidatorContext.class).withDynamicPayload(report);
    return false;
  }

  /** Built on first use: most applications create this validator through Spring. */
  private static final class BuiltIn {
    static final WoonzorgValidators VALIDATORS = WoonzorgValidators.of(Profile.VASTGESTELD,
        Locale.forLanguageTag("nl"),
        (profile, locale) -> WoonzorgValidator.builder().profile(profile).locale(locale).build());
  }
}
