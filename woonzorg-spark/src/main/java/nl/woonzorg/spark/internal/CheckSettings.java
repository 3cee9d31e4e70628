package nl.woonzorg.spark.internal;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import nl.woonzorg.model.report.Severity;
import nl.woonzorg.validation.WoonzorgValidator;
import nl.woonzorg.validation.rule.Profile;
import org.apiguardian.api.API;

/**
 * What a validator is built from, and all that a Spark task is sent of it: the validator itself is
 * not serializable, and building one per row would cost more than the check. Each executor JVM
 * builds the validator of a setting once ({@link #validator()}) and shares it among its tasks,
 * which it may, as the validator is thread-safe.
 *
 * @param profile the profile's name
 * @param languageTag the BCP 47 tag of the findings' language
 * @param disabled the rule ids switched off
 * @param severities per rule id, the severity's wire code it is reported with
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public record CheckSettings(String profile, String languageTag, List<String> disabled,
    Map<String, String> severities) implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final Map<CheckSettings, WoonzorgValidator> VALIDATORS =
      new ConcurrentHashMap<>();

  /** Copies the lists, so that the settings are immutable and serializable. */
  public CheckSettings {
    disabled = List.copyOf(disabled);
    severities = Map.copyOf(severities);
  }

  /** The findings' language. */
  public Locale locale() {
    return Locale.forLanguageTag(languageTag);
  }

  /** This JVM's validator of these settings, built on first use. */
  public WoonzorgValidator validator() {
    return VALIDATORS.computeIfAbsent(this, CheckSettings::build);
  }

  private WoonzorgValidator build() {
    WoonzorgValidator.Builder builder = WoonzorgValidator.builder()
        .profile(Profile.valueOf(profile))
        .locale(locale())
        .disable(disabled.toArray(String[]::new));
    severities.forEach((ruleId, code) -> builder.severity(ruleId, Severity.fromCode(code)));
    return builder.build();
  }
}
