package nl.woonzorg.spring.boot.autoconfigure;

import nl.woonzorg.validation.WoonzorgValidator;
import org.apiguardian.api.API;

/**
 * Changes the auto-configured validators after {@code woonzorg.validation.*} is applied, e.g. to
 * add a municipality's own rule. Define it as a bean; every validator, of each profile and
 * language, is built through every customizer, in their {@code @Order}. The builder's profile and
 * locale are set afterwards, so a customizer cannot change them.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
@FunctionalInterface
public interface WoonzorgValidatorCustomizer {

  /** Changes {@code builder}. */
  void customize(WoonzorgValidator.Builder builder);
}
