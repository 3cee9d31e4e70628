package nl.woonzorg.spring.boot.autoconfigure;

import nl.woonzorg.spring.boot.actuate.WoonzorgInfoContributor;
import nl.woonzorg.validation.WoonzorgValidator;
import org.apiguardian.api.API;
import org.springframework.boot.actuate.autoconfigure.info.ConditionalOnEnabledInfoContributor;
import org.springframework.boot.actuate.info.InfoContributor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * With Spring Boot Actuator: the {@link WoonzorgInfoContributor}, unless {@code
 * management.info.woonzorg.enabled} is false or the application defines its own.
 */
// Web MVC and Actuator are optional (requires static, not transitive): see module-info.
@SuppressWarnings("exports")
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
@AutoConfiguration(after = WoonzorgAutoConfiguration.class)
@ConditionalOnClass(InfoContributor.class)
@ConditionalOnEnabledInfoContributor("woonzorg")
public final class WoonzorgInfoAutoConfiguration {

  /** Created by Spring. */
  public WoonzorgInfoAutoConfiguration() {}

  /** The contribution to the {@code info} endpoint. */
  @Bean
  @ConditionalOnMissingBean
  WoonzorgInfoContributor woonzorgInfoContributor(WoonzorgValidator validator) {
    return new WoonzorgInfoContributor(validator);
  }
}
