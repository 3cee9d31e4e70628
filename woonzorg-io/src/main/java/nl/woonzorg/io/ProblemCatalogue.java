package nl.woonzorg.io;

import java.text.MessageFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * A catalogue of problem texts in Dutch and English (<i>probleemcatalogus</i>): for each key a
 * {@link MessageFormat} template in each language, from which {@link #text(String, Object...)}
 * makes a {@link ProblemText}. woonzorg-io words its own problems from such a catalogue; a module
 * that reads other formats into {@link WireProblem}s gives its own, so that its problems are
 * worded in both languages as io's are.
 *
 * <p>The module reads its two {@code .properties} files itself and hands them over: a resource in
 * a module's package is not readable by io's code unless that package is opened to it, and the
 * module need open nothing this way. The templates are copied when the catalogue is made, so a
 * later change to the {@link Properties} does not reach it.
 *
 * <p>A text carries its two templates rather than a reference to its catalogue, so a problem
 * worded from any catalogue serializes inside a {@link WireFormatException} and reads back the
 * same without that catalogue.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class ProblemCatalogue {

  private final Map<String, String> dutch;
  private final Map<String, String> english;

  private ProblemCatalogue(Map<String, String> dutch, Map<String, String> english) {
    this.dutch = dutch;
    this.english = english;
  }

  /**
   * The catalogue of the templates {@code dutch} and {@code english}, each read as a {@link
   * MessageFormat} pattern (so a quote is doubled, and {@code {0,choice,...}} inflects a count).
   *
   * @param dutch the Dutch template of each key
   * @param english the English template of each key
   * @throws IllegalArgumentException if the two have not the same keys, or a template is not a
   *     valid MessageFormat pattern; the message names the keys at fault
   */
  public static ProblemCatalogue of(Properties dutch, Properties english) {
    Map<String, String> nl = templates(Objects.requireNonNull(dutch, "dutch"));
    Map<String, String> en = templates(Objects.requireNonNull(english, "english"));
    if (!nl.keySet().equals(en.keySet())) {
      Set<String> onlyOne = new TreeSet<>(nl.keySet());
      onlyOne.addAll(en.keySet());
      onlyOne.removeIf(key -> nl.containsKey(key) && en.containsKey(key));
      throw new IllegalArgumentException("keys not in both Dutch and English: " + onlyOne);
    }
    for (Map<String, String> texts : List.of(nl, en)) {
      texts.forEach((key, template) -> {
        try {
          new MessageFormat(template);
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException("template '" + key + "' is not a MessageFormat"
              + " pattern: " + e.getMessage(), e);
        }
      });
    }
    return new ProblemCatalogue(nl, en);
  }

  /**
   * The catalogue's text {@code key} with {@code arguments}: each a string, a number, or a
   * problem text itself, worded in the same language.
   *
   * @throws IllegalArgumentException if the catalogue lacks {@code key}, or an argument is
   *     neither a string, a number nor a problem text
   */
  public ProblemText text(String key, Object... arguments) {
    Objects.requireNonNull(key, "key");
    String nl = dutch.get(key);
    if (nl == null) {
      throw new IllegalArgumentException("no problem text '" + key + "' in Dutch and English");
    }
    return ProblemText.template(key, nl, english.get(key), arguments);
  }

  private static Map<String, String> templates(Properties properties) {
    return properties.stringPropertyNames().stream()
        .collect(Collectors.toUnmodifiableMap(key -> key, properties::getProperty));
  }
}
