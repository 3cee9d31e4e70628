package nl.woonzorg.validation;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;

/** The keys of the bundled messages file of one language. */
final class BundleKeys {

  private BundleKeys() {}

  static Set<String> of(Locale language) {
    String name = language.getLanguage().equals("nl") ? "Messages" : "Messages_" + language;
    Properties properties = new Properties();
    try (InputStream in = WoonzorgValidator.class.getResourceAsStream(name + ".properties")) {
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return properties.stringPropertyNames();
  }
}
