package nl.woonzorg.vera.check;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import nl.woonzorg.model.code.Language;
import nl.woonzorg.vera.internal.Texts;

/**
 * The texts of the VERA rules in one language (<i>regelteksten</i>), read once from the module's
 * catalogue. MessageFormat templates, as {@code woonzorg-validation} words its rules. Immutable and
 * thread-safe.
 */
final class RuleTexts {

  private static final RuleTexts DUTCH =
      new RuleTexts(Texts.properties(RuleTexts.class, "Messages.properties"), "nl");
  private static final RuleTexts ENGLISH =
      new RuleTexts(Texts.properties(RuleTexts.class, "Messages_en.properties"), "en");

  private final Properties texts;
  private final Locale locale;

  private RuleTexts(Properties texts, String language) {
    this.texts = texts;
    this.locale = Locale.forLanguageTag(language);
  }

  /** English for {@code en}, Dutch for any other language. */
  static RuleTexts of(Locale locale) {
    return Language.of(locale).pick(DUTCH, ENGLISH);
  }

  /** The rule's {@code part} (title, message, expected, hint) filled in; empty if blank. */
  Optional<String> text(VeraRule rule, String part, Object... arguments) {
    return template(rule, part)
        .map(template -> new MessageFormat(template, locale).format(arguments));
  }

  /** The rule's {@code part} as a template; empty if blank. */
  Optional<String> template(VeraRule rule, String part) {
    return Optional.of(texts.getProperty(rule.id() + "." + part, "")).filter(t -> !t.isBlank());
  }
}
