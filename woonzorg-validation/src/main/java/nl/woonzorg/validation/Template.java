package nl.woonzorg.validation;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A message template in one language, filled with a finding's arguments as {@link MessageFormat}
 * fills it. The rule catalogue's templates use only {@code {0}}, {@code {1}}, … and the arguments
 * are text already; for those, copying the text between the placeholders gives MessageFormat's
 * result without parsing the template into formats, which was most of what a finding cost. The
 * placeholders are found once, when a rule words its first finding, as a rule words many
 * findings with the same templates. Anything else in a template — a quote, a format type such as
 * {@code {0,number}}, a lone brace — goes to MessageFormat itself on every call, as it always
 * did, so that a template MessageFormat refuses is refused when a finding is worded.
 *
 * <p>Immutable and thread-safe.
 */
final class Template {

  private final String text;
  private final Locale locale;
  /**
   * Per placeholder, in order, three numbers: where it starts in the text, where the text after
   * it starts, and the index of its argument. Null when MessageFormat fills the template.
   */
  private final int @Nullable [] placeholders;

  private Template(String text, Locale locale, int @Nullable [] placeholders) {
    this.text = text;
    this.locale = locale;
    this.placeholders = placeholders;
  }

  /** The template {@code text} in {@code locale}, its placeholders found. */
  static Template of(String text, Locale locale) {
    int[] found = new int[12];
    int count = 0;
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '\'' || c == '}') {
        return new Template(text, locale, null);
      }
      if (c != '{') {
        i++;
        continue;
      }
      int close = i + 1;
      int index = 0;
      while (close < text.length() && close - i <= 3 && isDigit(text.charAt(close))) {
        index = index * 10 + text.charAt(close) - '0';
        close++;
      }
      if (close == i + 1 || close >= text.length() || text.charAt(close) != '}') {
        return new Template(text, locale, null);
      }
      if (count + 3 > found.length) {
        found = Arrays.copyOf(found, found.length * 2);
      }
      found[count++] = i;
      found[count++] = close + 1;
      found[count++] = index;
      i = close + 1;
    }
    return new Template(text, locale, Arrays.copyOf(found, count));
  }

  /** The text with {@code {i}} replaced by {@code arguments[i]}, as MessageFormat would. */
  String format(String[] arguments) {
    if (placeholders == null) {
      return new MessageFormat(text, locale).format(arguments);
    }
    if (placeholders.length == 0) {
      // A hint is a sentence, often without any placeholder, and is then returned as it is.
      return text;
    }
    StringBuilder out = new StringBuilder(text.length() + 32);
    int start = 0;
    for (int p = 0; p < placeholders.length; p += 3) {
      out.append(text, start, placeholders[p]);
      int index = placeholders[p + 2];
      // MessageFormat writes a placeholder without an argument back, its number normalised.
      out.append(index < arguments.length ? arguments[index] : "{" + index + "}");
      start = placeholders[p + 1];
    }
    return out.append(text, start, text.length()).toString();
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
