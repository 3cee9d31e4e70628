package nl.woonzorg.spring.boot.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import nl.woonzorg.io.json.JsonReader;
import nl.woonzorg.io.json.JsonWriter;
import nl.woonzorg.spring.boot.validation.WoonzorgValidators;
import nl.woonzorg.spring.boot.web.WoonzorgHttpMessageConverter;
import nl.woonzorg.spring.boot.web.WoonzorgProblemHandler;
import nl.woonzorg.validation.WoonzorgValidator;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.web.servlet.DispatcherServlet;

/** The converter and the problem handler: in a servlet application with Spring MVC only. */
class WoonzorgWebMvcAutoConfigurationTest {

  private static final AutoConfigurations CONFIGURATIONS = AutoConfigurations.of(
      WoonzorgAutoConfiguration.class, WoonzorgWebMvcAutoConfiguration.class);

  private final WebApplicationContextRunner web =
      new WebApplicationContextRunner().withConfiguration(CONFIGURATIONS);

  @Test
  void aServletApplicationGetsTheConverterAndTheProblemHandler() {
    web.run(context -> assertThat(context)
        .hasSingleBean(WoonzorgHttpMessageConverter.class)
        .hasSingleBean(WoonzorgProblemHandler.class));
  }

  @Test
  void anApplicationThatIsNoWebApplicationGetsNeither() {
    new ApplicationContextRunner().withConfiguration(CONFIGURATIONS)
        .run(context -> assertThat(context).hasSingleBean(WoonzorgValidators.class)
            .doesNotHaveBean(WoonzorgHttpMessageConverter.class)
            .doesNotHaveBean(WoonzorgProblemHandler.class));
  }

  @Test
  void withoutSpringMvcThereIsNeither() {
    web.withClassLoader(new FilteredClassLoader(DispatcherServlet.class))
        .run(context -> assertThat(context).hasSingleBean(WoonzorgValidators.class)
            .doesNotHaveBean(WoonzorgHttpMessageConverter.class)
            .doesNotHaveBean(WoonzorgProblemHandler.class));
  }

  @Test
  void theApplicationsOwnConverterAndHandlerAreKept() {
    WoonzorgHttpMessageConverter converter =
        new WoonzorgHttpMessageConverter(JsonReader.lenient(), JsonWriter.pretty());
    WoonzorgProblemHandler handler =
        new WoonzorgProblemHandler(WoonzorgValidators.of(WoonzorgValidator.builder().build()));
    web.withBean(WoonzorgHttpMessageConverter.class, () -> converter)
        .withBean(WoonzorgProblemHandler.class, () -> handler)
        .run(context -> {
          assertThat(context).getBean(WoonzorgHttpMessageConverter.class).isSameAs(converter);
          assertThat(context).getBean(WoonzorgProblemHandler.class).isSameAs(handler);
        });
  }
}
