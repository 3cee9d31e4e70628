package nl.woonzorg.spring.boot.validation;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.BiFunction;
import nl.woonzorg.validation.WoonzorgValidator;
import nl.woonzorg.validation.rule.Profile;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The application's {@link WoonzorgValidator}s: one per {@link Profile} and language, all with
 * the same settings, so that a request is answered in its own language and a method parameter is
 * checked in the profile it names.
 *
 * <p>woonzorg words its findings in Dutch and English ({@link #LANGUAGES}); any other locale gets
 * the default locale's texts. Validators are built when first asked for and then kept: at most
 * four. Immutable as far as callers can see, and thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class WoonzorgValidators {

  /** The languages woonzorg words its findings in: Dutch and English. */
  public static final List<Locale> LANGUAGES =
      List.of(Locale.forLanguageTag("nl"), Locale.ENGLISH);

  private final BiFunction<Profile, Locale, WoonzorgValidator> factory;
  private final Profile defaultProfile;
  private final Locale defaultLocale;
  private final WoonzorgValidator defaultValidator;
  private final ConcurrentMap<String, WoonzorgValidator> validators = new ConcurrentHashMap<>();

  private WoonzorgValidators(Profile defaultProfile, Locale defaultLocale,
      BiFunction<Profile, Locale, WoonzorgValidator> factory) {
    this.factory = factory;
    this.defaultProfile = defaultProfile;
    this.defaultLocale = supported(defaultLocale, Locale.forLanguageTag("nl"));
    // Built now, so that settings the validator refuses (an unknown rule id) stop the start-up.
    this.defaultValidator = get(defaultProfile, this.defaultLocale);
  }

  /**
   * The validators {@code factory} builds for each profile and language, {@code defaultProfile}
   * and {@code defaultLocale} where a caller names none. The validator of the defaults is built at
   * once.
   *
   * @throws IllegalArgumentException if {@code factory} throws it for the defaults, e.g. for an
   *     unknown rule id
   */
  public static WoonzorgValidators of(Profile defaultProfile, Locale defaultLocale,
      BiFunction<Profile, Locale, WoonzorgValidator> factory) {
    return new WoonzorgValidators(Objects.requireNonNull(defaultProfile, "defaultProfile"),
        Objects.requireNonNull(defaultLocale, "defaultLocale"),
        Objects.requireNonNull(factory, "factory"));
  }

  /**
   * Always {@code validator}, whatever profile or language is asked for: for an application that
   * defines its own {@link WoonzorgValidator} bean, which then decides both.
   */
  public static WoonzorgValidators of(WoonzorgValidator validator) {
    Objects.requireNonNull(validator, "validator");
    return new WoonzorgValidators(validator.profile(), validator.locale(), (p, l) -> validator);
  }

  /** The validator of the default profile and locale. */
  public WoonzorgValidator get() {
    return defaultValidator;
  }

  /**
   * The validator of {@code profile} whose texts are in {@code locale}'s language, or in the
   * default locale's if woonzorg has no texts in that language.
   */
  public WoonzorgValidator get(Profile profile, Locale locale) {
    Objects.requireNonNull(profile, "profile");
    Locale language = supported(Objects.requireNonNull(locale, "locale"), defaultLocale);
    return validators.computeIfAbsent(profile.name() + '/' + language.getLanguage(),
        key -> factory.apply(profile, language));
  }

  /** The profile of {@link #get()}. */
  public Profile defaultProfile() {
    return defaultProfile;
  }

  /** The locale of {@link #get()}: Dutch or English. */
  public Locale defaultLocale() {
    return defaultLocale;
  }

  /**
   * The language of {@link #LANGUAGES} that an HTTP {@code Accept-Language} header prefers; the
   * default locale if the header is null, blank, malformed or names neither.
   */
  public Locale localeFor(@Nullable String acceptLanguage) {
    if (acceptLanguage == null || acceptLanguage.isBlank()) {
      return defaultLocale;
    }
    try {
      Locale preferred = Locale.lookup(Locale.LanguageRange.parse(acceptLanguage), LANGUAGES);
      return preferred == null ? defaultLocale : preferred;
    } catch (IllegalArgumentException malformed) {
      // A client's broken header is no reason to fail its request: answer in the default.
      return defaultLocale;
    }
  }

  private static Locale supported(Locale locale, Locale otherwise) {
    return LANGUAGES.stream()
        .filter(language -> language.getLanguage().equals(locale.getLanguage()))
        .findFirst()
        .orElse(otherwise);
  }
}
