package nl.woonzorg.spring.boot.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import nl.woonzorg.validation.WoonzorgValidator;
import nl.woonzorg.vera.check.VeraChecker;
import nl.woonzorg.vera.json.VeraReader;
import nl.woonzorg.vera.json.VeraWriter;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The VERA beans: when woonzorg-vera is on the class path, unless replaced. */
class WoonzorgVeraAutoConfigurationTest {

  private final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(
          WoonzorgAutoConfiguration.class, WoonzorgVeraAutoConfiguration.class));

  @Test
  void withWoonzorgVeraThereAreReaderWriterAndACheckerInTheDefaultLanguage() {
    runner.withPropertyValues("woonzorg.validation.locale=en").run(context -> {
      assertThat(context).hasSingleBean(VeraReader.class).hasSingleBean(VeraWriter.class);
      assertThat(context.getBean(VeraChecker.class).locale()).isEqualTo(Locale.ENGLISH);
    });
  }

  @Test
  void withoutWoonzorgVeraThereAreNone() {
    runner.withClassLoader(new FilteredClassLoader(VeraReader.class))
        .run(context -> assertThat(context).hasSingleBean(WoonzorgValidator.class)
            .doesNotHaveBean(VeraReader.class)
            .doesNotHaveBean(VeraWriter.class)
            .doesNotHaveBean(VeraChecker.class));
  }

  @Test
  void theApplicationsOwnReaderIsKept() {
    VeraReader lenient = VeraReader.lenient();
    runner.withBean(VeraReader.class, () -> lenient)
        .run(context -> assertThat(context).getBean(VeraReader.class).isSameAs(lenient));
  }
}
