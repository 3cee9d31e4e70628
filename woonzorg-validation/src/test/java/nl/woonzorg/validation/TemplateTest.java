package nl.woonzorg.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** Filling a template by its placeholders gives what MessageFormat gives, or what it throws. */
class TemplateTest {

  private static final String[] ARGUMENTS = {"GM0001", "2025", "{1}", "it's", "", "a,b"};

  @Test
  void everyBundledTemplateIsFilledAsMessageFormatFillsIt() throws IOException {
    List<String> templates = new ArrayList<>();
    for (String file : List.of("Messages.properties", "Messages_en.properties")) {
      Properties properties = new Properties();
      try (InputStream in = WoonzorgValidator.class.getResourceAsStream(file)) {
        properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      }
      // WZ-ENGINE-02 is worded by the Collector with MessageFormat itself, with a number to
      // inflect, never through Template.
      properties.stringPropertyNames().stream()
          .filter(key -> !key.startsWith(WoonzorgValidator.FINDINGS_OMITTED.id() + "."))
          .forEach(key -> templates.add(properties.getProperty(key)));
    }

    for (String template : templates) {
      for (int count = 0; count <= ARGUMENTS.length; count++) {
        String[] arguments = Arrays.copyOf(ARGUMENTS, count);
        assertEquals(new MessageFormat(template, Locale.ENGLISH).format(arguments),
            Template.of(template, Locale.ENGLISH).format(arguments), template);
      }
    }
  }

  @Test
  void anyTemplateIsFilledAsMessageFormatFillsIt() {
    String alphabet = "{}',0123 ab";
    qt().withExamples(50_000)
        .forAll(lists().of(integers().between(0, alphabet.length() - 1)).ofSizeBetween(0, 12),
            integers().between(0, ARGUMENTS.length))
        .checkAssert((codes, count) -> {
          StringBuilder template = new StringBuilder();
          codes.forEach(code -> template.append(alphabet.charAt(code)));
          String[] arguments = Arrays.copyOf(ARGUMENTS, count);
          assertEquals(outcome(() -> new MessageFormat(template.toString(), Locale.ROOT)
                  .format(arguments)),
              outcome(() -> Template.of(template.toString(), Locale.ROOT).format(arguments)),
              template::toString);
        });
  }

  private static String outcome(Supplier<String> format) {
    try {
      return "text: " + format.get();
    } catch (IllegalArgumentException e) {
      return "refused: " + e.getMessage();
    }
  }
}
