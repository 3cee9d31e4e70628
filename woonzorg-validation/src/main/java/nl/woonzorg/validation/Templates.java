package nl.woonzorg.validation;

import java.text.MessageFormat;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Fills a message template with a finding's arguments, as {@link MessageFormat} does. The rule
 * catalogue's templates use only {@code {0}}, {@code {1}}, … and the arguments are text already;
 * for those, one pass over the template gives MessageFormat's result without parsing it into
 * formats first, which was most of what a finding cost. Anything else in a template — a quote, a
 * format type such as {@code {0,number}}, a lone brace — goes to MessageFormat itself.
 */
final class Templates {

  private Templates() {}

  /** {@code template} with {@code {i}} replaced by {@code arguments[i]}, as MessageFormat would. */
  static String format(String template, Locale locale, String[] arguments) {
    @Nullable StringBuilder out = null;
    // The text since the last placeholder, copied in one piece when the next one or the end comes:
    // a hint is a sentence, often without any placeholder, and is then returned as it is.
    int start = 0;
    int i = 0;
    while (i < template.length()) {
      char c = template.charAt(i);
      if (c == '\'' || c == '}') {
        return new MessageFormat(template, locale).format(arguments);
      }
      if (c != '{') {
        i++;
        continue;
      }
      int close = i + 1;
      int index = 0;
      while (close < template.length() && close - i <= 3 && isDigit(template.charAt(close))) {
        index = index * 10 + template.charAt(close) - '0';
        close++;
      }
      if (close == i + 1 || close >= template.length() || template.charAt(close) != '}') {
        return new MessageFormat(template, locale).format(arguments);
      }
      if (out == null) {
        out = new StringBuilder(template.length() + 32);
      }
      out.append(template, start, i);
      // MessageFormat writes a placeholder without an argument back, its number normalised.
      out.append(index < arguments.length ? arguments[index] : "{" + index + "}");
      i = close + 1;
      start = i;
    }
    return out == null ? template : out.append(template, start, template.length()).toString();
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
