package nl.woonzorg.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Properties;
import nl.woonzorg.model.code.Language;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A text of a {@link WireProblem} in Dutch and English (<i>probleemtekst</i>): a key of woonzorg-io's
 * message catalogue and its arguments, or a text given {@linkplain #verbatim(String) verbatim},
 * which reads the same in every language.
 *
 * <p>The catalogue ({@code nl/woonzorg/io/problems.properties}, Dutch, and {@code
 * problems_en.properties}) words the problems woonzorg's readers meet; its templates are {@link
 * MessageFormat}'s, so that counts are inflected ("1 fout", "2 fouten") and grouped as the
 * language groups them ("999.900", "999,900"). An argument is a string, a number, or a problem text
 * itself, worded in the same language. Keys are woonzorg's own and may change between versions;
 * another module words its problems from a {@link ProblemCatalogue} of its own, or verbatim.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class ProblemText implements Serializable {

  // 2: a text carries its templates, so that any module's catalogue can word it.
  private static final long serialVersionUID = 2L;

  private static final ProblemCatalogue IO =
      ProblemCatalogue.of(load("problems.properties"), load("problems_en.properties"));

  // One of three: a key of a catalogue with its Dutch and English templates, a verbatim text, or
  // the separator of a joined list of the arguments.
  private final @Nullable String key;
  private final @Nullable String dutch;
  private final @Nullable String english;
  private final @Nullable String text;
  private final @Nullable String separator;
  // Strings, numbers and problem texts only: all serializable, which JDK 21+'s serial lint cannot
  // see in an Object[].
  @SuppressWarnings("serial")
  private final Object[] arguments;

  private ProblemText(@Nullable String key, @Nullable String dutch, @Nullable String english,
      @Nullable String text, @Nullable String separator, Object[] arguments) {
    this.key = key;
    this.dutch = dutch;
    this.english = english;
    this.text = text;
    this.separator = separator;
    this.arguments = arguments;
  }

  /**
   * io's catalogue's text {@code key} with {@code arguments}.
   *
   * @throws IllegalArgumentException if the catalogue lacks {@code key} in Dutch or English, or
   *     an argument is neither a string, a number nor a problem text
   */
  @API(status = API.Status.INTERNAL, since = "0.1.0")
  public static ProblemText of(String key, Object... arguments) {
    return IO.text(key, arguments);
  }

  /** The text {@code key} of a catalogue, whose templates are {@code dutch} and {@code english}. */
  static ProblemText template(String key, String dutch, String english, Object... arguments) {
    for (Object argument : arguments) {
      if (!(argument instanceof String || argument instanceof Number
          || argument instanceof ProblemText)) {
        throw new IllegalArgumentException("argument " + argument + " of '" + key + "' is not a"
            + " string, a number or a problem text");
      }
    }
    return new ProblemText(key, dutch, english, null, null, arguments.clone());
  }

  /** {@code text} as it stands, in every language: data such as a value found, or a reader's own words. */
  public static ProblemText verbatim(String text) {
    return new ProblemText(null, null, null, Objects.requireNonNull(text, "text"), null,
        new Object[0]);
  }

  /** The texts {@code parts}, each in the language asked for, joined by {@code separator}. */
  @API(status = API.Status.INTERNAL, since = "0.1.0")
  public static ProblemText join(String separator, List<ProblemText> parts) {
    return new ProblemText(null, null, null, null, Objects.requireNonNull(separator, "separator"),
        parts.toArray(Object[]::new));
  }

  /** The text in {@code locale}'s language: English for {@code en}, Dutch for any other. */
  public String in(Locale locale) {
    if (text != null) {
      return text;
    }
    Language language = Language.of(locale);
    Object[] worded = new Object[arguments.length];
    for (int i = 0; i < arguments.length; i++) {
      worded[i] = arguments[i] instanceof ProblemText inner ? inner.in(language.locale()) : arguments[i];
    }
    if (separator != null) {
      return String.join(separator, Arrays.stream(worded).map(String::valueOf).toList());
    }
    String template = language.pick(dutch, english);
    return new MessageFormat(template, language.locale()).format(worded);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof ProblemText that && Objects.equals(key, that.key)
        && Objects.equals(dutch, that.dutch) && Objects.equals(english, that.english)
        && Objects.equals(text, that.text) && Objects.equals(separator, that.separator)
        && Arrays.equals(arguments, that.arguments);
  }

  @Override
  public int hashCode() {
    return Objects.hash(key, dutch, english, text, separator, Arrays.hashCode(arguments));
  }

  /** The English text. */
  @Override
  public String toString() {
    return in(Locale.ENGLISH);
  }

  private static Properties load(String name) {
    Properties properties = new Properties();
    try (InputStream in = ProblemText.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException(name + " is missing from woonzorg-io");
      }
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return properties;
  }
}
