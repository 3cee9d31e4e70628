package nl.woonzorg.vera.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import nl.woonzorg.io.ProblemCatalogue;
import nl.woonzorg.io.ProblemText;

/**
 * The module's texts: its catalogue of reading problems and mapping notes ({@code
 * problems.properties}, Dutch, and {@code problems_en.properties}, beside this class), worded as
 * woonzorg-io words its own, and the loading of the module's {@code .properties} files, which this
 * module reads itself because io cannot read resources in this module's packages. Immutable and
 * thread-safe.
 */
public final class Texts {

  private static final ProblemCatalogue PROBLEMS = ProblemCatalogue.of(
      properties(Texts.class, "problems.properties"),
      properties(Texts.class, "problems_en.properties"));

  private Texts() {}

  /**
   * The catalogue's text {@code key} with {@code arguments}.
   *
   * @throws IllegalArgumentException if the catalogue lacks {@code key}
   */
  public static ProblemText text(String key, Object... arguments) {
    return PROBLEMS.text(key, arguments);
  }

  /**
   * The UTF-8 {@code .properties} file {@code name}, found beside {@code anchor}, a class of this
   * module.
   *
   * @throws IllegalStateException if the module lacks the file
   */
  public static Properties properties(Class<?> anchor, String name) {
    Properties properties = new Properties();
    try (InputStream in = anchor.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException(name + " is missing from woonzorg-vera");
      }
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return properties;
  }
}
