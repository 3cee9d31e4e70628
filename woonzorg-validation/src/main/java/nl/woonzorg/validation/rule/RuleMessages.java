package nl.woonzorg.validation.rule;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import org.apiguardian.api.API;

/**
 * The texts of a rule (<i>meldingen</i>): UTF-8 properties files found as resources next to an
 * anchor class, {@code <baseName>.properties} for Dutch, the default language, and {@code
 * <baseName>_<language>.properties} for other languages, e.g. {@code _en} for English. A key
 * missing from a language's file falls back to the Dutch file.
 *
 * <p>For rule {@code id} the keys are {@code id.title}, {@code id.message}, {@code id.expected}
 * and {@code id.hint}; title and message are required, an empty expected or hint is left out of
 * the finding. Templates use {@link java.text.MessageFormat} placeholders {@code {0}}, {@code
 * {1}}, …, and so may not contain a single quote ({@code '}), which MessageFormat treats as an
 * escape; write {@code ’} instead.
 *
 * <p>Files are read on first use, once per language, and kept. Thread-safe.
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public final class RuleMessages {

  private static final String DEFAULT_LANGUAGE = "nl";

  private final Class<?> anchor;
  private final String baseName;
  private final Map<String, Properties> byLanguage = new ConcurrentHashMap<>();

  private RuleMessages(Class<?> anchor, String baseName) {
    this.anchor = anchor;
    this.baseName = baseName;
  }

  /**
   * The texts in the properties files {@code baseName} resolved against {@code anchor} as {@link
   * Class#getResourceAsStream(String)} does: relative to the anchor's package, or absolute with a
   * leading {@code /}. On the module path this module reads the files, so the package that
   * holds them must be open to it: {@code opens com.example.rules to nl.woonzorg.validation;} in
   * the caller's module descriptor.
   *
   * @throws IllegalArgumentException if there is no Dutch file {@code <baseName>.properties}
   */
  public static RuleMessages fromResources(Class<?> anchor, String baseName) {
    Objects.requireNonNull(anchor, "anchor");
    Objects.requireNonNull(baseName, "baseName");
    RuleMessages messages = new RuleMessages(anchor, baseName);
    if (messages.file(DEFAULT_LANGUAGE).isEmpty()) {
      throw new IllegalArgumentException(
          "no resource " + baseName + ".properties next to " + anchor.getName());
    }
    return messages;
  }

  /**
   * The text of {@code key} in the language of {@code locale}, or in Dutch if that language has no
   * file or lacks the key; empty if the Dutch file lacks it too.
   */
  public Optional<String> text(String key, Locale locale) {
    Objects.requireNonNull(key, "key");
    String language = locale.getLanguage();
    if (!language.equals(DEFAULT_LANGUAGE)) {
      Optional<String> own = file(language).map(p -> p.getProperty(key));
      if (own.isPresent()) {
        return own;
      }
    }
    return file(DEFAULT_LANGUAGE).map(p -> p.getProperty(key));
  }

  /**
   * Whether the file of {@code locale}'s language itself — without falling back to Dutch — holds
   * {@code key}. For tests that prove every rule is translated.
   */
  public boolean hasOwn(String key, Locale locale) {
    String language = locale.getLanguage();
    return file(language).map(p -> p.containsKey(key)).orElse(false);
  }

  private Optional<Properties> file(String language) {
    Properties properties = byLanguage.computeIfAbsent(language, this::load);
    return properties.isEmpty() ? Optional.empty() : Optional.of(properties);
  }

  /** An empty Properties stands for "no such file", so that absence is cached too. */
  private Properties load(String language) {
    String name = language.equals(DEFAULT_LANGUAGE) ? baseName : baseName + "_" + language;
    Properties properties = new Properties();
    try (InputStream in = anchor.getResourceAsStream(name + ".properties")) {
      if (in != null) {
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
          properties.load(reader);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name + ".properties", e);
    }
    return properties;
  }

  @Override
  public String toString() {
    return baseName + " next to " + anchor.getName();
  }
}
