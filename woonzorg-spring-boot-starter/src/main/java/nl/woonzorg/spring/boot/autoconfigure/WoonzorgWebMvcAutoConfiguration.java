package nl.woonzorg.spring.boot.autoconfigure;

import nl.woonzorg.io.json.JsonReader;
import nl.woonzorg.io.json.JsonWriter;
import nl.woonzorg.spring.boot.validation.WoonzorgValidators;
import nl.woonzorg.spring.boot.web.WoonzorgHttpMessageConverter;
import nl.woonzorg.spring.boot.web.WoonzorgProblemHandler;
import org.apiguardian.api.API;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.web.servlet.DispatcherServlet;

/**
 * In a servlet web application with Spring MVC: the {@link WoonzorgHttpMessageConverter}, which
 * Boot puts before its own converters, so that every woonzorg document kind is read and written as
 * the wire format, and the {@link WoonzorgProblemHandler}. Each backs off when the application
 * defines a bean of its type.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
@AutoConfiguration(after = WoonzorgAutoConfiguration.class, beforeName = {
    "org.springframework.boot.http.converter.autoconfigure.HttpMessageConvertersAutoConfiguration",
    "org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration"})
// Web MVC and Actuator are optional (requires static, not transitive): see module-info.
@SuppressWarnings("exports")
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(DispatcherServlet.class)
public final class WoonzorgWebMvcAutoConfiguration {

  /** Created by Spring. */
  public WoonzorgWebMvcAutoConfiguration() {}

  /** The converter of woonzorg documents. */
  @Bean
  @ConditionalOnMissingBean
  WoonzorgHttpMessageConverter woonzorgHttpMessageConverter(JsonReader reader,
      JsonWriter writer) {
    return new WoonzorgHttpMessageConverter(reader, writer);
  }

  /** The problem responses. */
  @Bean
  @ConditionalOnMissingBean
  WoonzorgProblemHandler woonzorgProblemHandler(WoonzorgValidators validators) {
    return new WoonzorgProblemHandler(validators);
  }
}
