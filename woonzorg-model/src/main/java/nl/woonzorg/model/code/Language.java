package nl.woonzorg.model.code;

import java.util.Locale;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The languages woonzorg words its labels, findings and reports in (<i>taal</i>): Dutch, the
 * language of the domain and the default, and English. This is the one place that decides which
 * of the two a {@link Locale} asks for, so that a label, a finding and a report never disagree.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public enum Language {

  /** Dutch (<i>Nederlands</i>). */
  NL(Locale.forLanguageTag("nl")),

  /** English (<i>Engels</i>). */
  EN(Locale.ENGLISH);

  private final Locale locale;

  Language(Locale locale) {
    this.locale = locale;
  }

  /**
   * English if {@code locale}'s language is {@code en}, whatever its country; Dutch for any other.
   *
   * @throws NullPointerException if {@code locale} is null
   */
  public static Language of(Locale locale) {
    return "en".equals(locale.getLanguage()) ? EN : NL;
  }

  /** The locale to format numbers and dates in this language: {@code nl} or {@code en}. */
  public Locale locale() {
    return locale;
  }

  /**
   * {@code dutch} in Dutch, {@code english} in English.
   *
   * @throws NullPointerException if either is null
   */
  public <T> T pick(T dutch, T english) {
    return this == EN ? Objects.requireNonNull(english, "english")
        : Objects.requireNonNull(dutch, "dutch");
  }
}
