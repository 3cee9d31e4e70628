package nl.woonzorg.spring.boot.actuate;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import nl.woonzorg.io.FormatVersion;
import nl.woonzorg.io.json.WoonzorgModule;
import nl.woonzorg.validation.WoonzorgValidator;
import nl.woonzorg.validation.rule.RuleDefinition;
import org.apiguardian.api.API;
import org.springframework.boot.actuate.info.Info;
import org.springframework.boot.actuate.info.InfoContributor;

/**
 * Adds {@code woonzorg} to Actuator's {@code info} endpoint: the library's version, the wire
 * format version it writes, the validator's profile and language, and how many rules it knows and
 * how many of them are switched on:
 *
 * <pre>{@code
 * "woonzorg": {"version": "0.1.0-SNAPSHOT", "formatVersion": "1.0", "profile": "VASTGESTELD",
 *              "locale": "nl", "rules": 57, "enabledRules": 56}
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
// Web MVC and Actuator are optional (requires static, not transitive): see module-info.
@SuppressWarnings("exports")
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class WoonzorgInfoContributor implements InfoContributor {

  private final Map<String, Object> details;

  /** Tells about {@code validator}. */
  public WoonzorgInfoContributor(WoonzorgValidator validator) {
    Objects.requireNonNull(validator, "validator");
    // In this order on the endpoint, as documented.
    Map<String, Object> details = new LinkedHashMap<>();
    // The io module states the library's version for Jackson; every woonzorg jar shares it.
    details.put("version", new WoonzorgModule().version().toString());
    details.put("formatVersion", FormatVersion.CURRENT.toString());
    details.put("profile", validator.profile().name());
    details.put("locale", validator.locale().toLanguageTag());
    details.put("rules", validator.rules().size());
    details.put("enabledRules", validator.rules().stream()
        .map(RuleDefinition::id)
        .filter(id -> validator.severity(id).isPresent())
        .count());
    this.details = Collections.unmodifiableMap(details);
  }

  @Override
  public void contribute(Info.Builder builder) {
    builder.withDetail("woonzorg", details);
  }
}
