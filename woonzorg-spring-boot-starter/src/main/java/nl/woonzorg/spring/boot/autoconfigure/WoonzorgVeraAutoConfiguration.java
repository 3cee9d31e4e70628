package nl.woonzorg.spring.boot.autoconfigure;

import nl.woonzorg.spring.boot.validation.WoonzorgValidators;
import nl.woonzorg.vera.check.VeraChecker;
import nl.woonzorg.vera.json.VeraReader;
import nl.woonzorg.vera.json.VeraWriter;
import org.apiguardian.api.API;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * With {@code woonzorg-vera} on the class path: a strict {@link VeraReader}, a compact {@link
 * VeraWriter} and a {@link VeraChecker} in the validators' default language. Each backs off when
 * the application defines a bean of its type.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
@AutoConfiguration(after = WoonzorgAutoConfiguration.class)
@ConditionalOnClass(VeraReader.class)
public final class WoonzorgVeraAutoConfiguration {

  /** Created by Spring. */
  public WoonzorgVeraAutoConfiguration() {}

  /** The strict reader of VERA {@code Eenheid} JSON. */
  @Bean
  @ConditionalOnMissingBean
  VeraReader woonzorgVeraReader() {
    return VeraReader.strict();
  }

  /** The compact writer of VERA {@code Eenheid} JSON. */
  @Bean
  @ConditionalOnMissingBean
  VeraWriter woonzorgVeraWriter() {
    return VeraWriter.compact();
  }

  /** The checker of VERA {@code Eenheid} JSON against the specification. */
  @Bean
  @ConditionalOnMissingBean
  VeraChecker woonzorgVeraChecker(WoonzorgValidators validators) {
    return VeraChecker.of(validators.defaultLocale());
  }
}
