package nl.woonzorg.spring.boot.autoconfigure;

import java.util.List;
import nl.woonzorg.io.json.JsonReader;
import nl.woonzorg.io.json.JsonWriter;
import nl.woonzorg.io.json.WoonzorgModule;
import nl.woonzorg.spring.boot.validation.WoonzorgValidators;
import nl.woonzorg.validation.WoonzorgValidator;
import org.apiguardian.api.API;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * woonzorg's core beans: the {@link WoonzorgValidators} configured from {@code
 * woonzorg.validation.*} and every {@link WoonzorgValidatorCustomizer}, the {@link
 * WoonzorgValidator} of the default profile and language, a strict {@link JsonReader}, a compact
 * {@link JsonWriter}, and the {@link WoonzorgModule}, which Boot's Jackson auto-configuration adds
 * to the application's {@code JsonMapper}.
 *
 * <p>Each backs off when the application defines a bean of its type. An application's own {@code
 * WoonzorgValidator} is used for every profile and language ({@link
 * WoonzorgValidators#of(WoonzorgValidator)}).
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
@AutoConfiguration(
    beforeName = "org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration")
@EnableConfigurationProperties(WoonzorgValidationProperties.class)
public final class WoonzorgAutoConfiguration {

  /** Created by Spring. */
  public WoonzorgAutoConfiguration() {}

  /** The validators of the properties, unless the application has validators or a validator. */
  @Bean
  @ConditionalOnMissingBean({WoonzorgValidators.class, WoonzorgValidator.class})
  WoonzorgValidators woonzorgValidators(WoonzorgValidationProperties properties,
      ObjectProvider<WoonzorgValidatorCustomizer> customizers) {
    List<WoonzorgValidatorCustomizer> ordered = customizers.orderedStream().toList();
    return WoonzorgValidators.of(properties.getProfile(), properties.getLocale(),
        (profile, locale) -> {
          WoonzorgValidator.Builder builder = WoonzorgValidator.builder();
          properties.applyTo(builder);
          ordered.forEach(customizer -> customizer.customize(builder));
          return builder.profile(profile).locale(locale).build();
        });
  }

  /** The validator of the default profile and language. */
  @Bean
  @ConditionalOnMissingBean
  WoonzorgValidator woonzorgValidator(WoonzorgValidators validators) {
    return validators.get();
  }

  /**
   * Declared after the two above, so that it is registered only when the application defines its
   * own validator and no validators: then that validator serves every profile and language.
   */
  @Bean
  @ConditionalOnMissingBean
  WoonzorgValidators woonzorgValidatorsOfTheApplication(WoonzorgValidator validator) {
    return WoonzorgValidators.of(validator);
  }

  /** The strict reader: a document with any problem is refused, with every problem located. */
  @Bean
  @ConditionalOnMissingBean
  JsonReader woonzorgJsonReader() {
    return JsonReader.strict();
  }

  /** The compact writer. */
  @Bean
  @ConditionalOnMissingBean
  JsonWriter woonzorgJsonWriter() {
    return JsonWriter.compact();
  }

  /** Boot's Jackson auto-configuration registers every module bean on the JsonMapper. */
  @Bean
  @ConditionalOnMissingBean
  WoonzorgModule woonzorgJacksonModule() {
    return new WoonzorgModule();
  }
}
