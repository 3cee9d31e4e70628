package nl.woonzorg.spring.boot.autoconfigure;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import nl.woonzorg.model.report.Severity;
import nl.woonzorg.validation.WoonzorgValidator;
import nl.woonzorg.validation.rule.Profile;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The validator's settings, {@code woonzorg.validation.*}:
 *
 * <pre>
 * woonzorg.validation.profile=concept
 * woonzorg.validation.locale=en
 * woonzorg.validation.disabled-rules=WZ-TOPIC-01,WZ-SIGN-03
 * woonzorg.validation.severity.WZ-SIGN-02=warning
 * woonzorg.validation.max-findings-per-rule=50
 * woonzorg.validation.reference-date=2024-07-01
 * </pre>
 *
 * <p>Rule ids are matched in upper case, as the catalogue writes them ({@code RULES.md}). A
 * mutable bean for Spring's binder; not thread-safe, and read once when the validators are built.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
@ConfigurationProperties("woonzorg.validation")
public class WoonzorgValidationProperties {

  /**
   * The profile to validate in: VASTGESTELD for an adopted vision, CONCEPT for a draft, whose
   * incompleteness is a warning.
   */
  private Profile profile = Profile.VASTGESTELD;

  /**
   * The language of the findings when a request names none it is offered: nl (Dutch) or en
   * (English).
   */
  private Locale locale = Locale.forLanguageTag("nl");

  /** Ids of the rules to switch off, e.g. WZ-TOPIC-01. */
  private Set<String> disabledRules = new LinkedHashSet<>();

  /** Severity per rule id (ERROR, WARNING or INFO), in any profile. */
  private Map<String, Severity> severity = new LinkedHashMap<>();

  /** The most findings of one rule a report lists; the rest are counted in one WZ-ENGINE-02. */
  private int maxFindingsPerRule = WoonzorgValidator.DEFAULT_MAX_FINDINGS_PER_RULE;

  /**
   * The peildatum (yyyy-mm-dd) at which to judge what has no date of its own: a dwelling record's
   * or an undated document's gemeentecode (WZ-AREA-05). A document with a date of its own is
   * judged at that. Unset: the date of the bundled list of gemeenten; never today.
   */
  @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
  private @Nullable LocalDate referenceDate;

  /** Properties with every default above; Spring's binder sets what the application gives. */
  public WoonzorgValidationProperties() {
    // Nothing to do: the fields' initialisers are the defaults.
  }

  /** The profile; VASTGESTELD unless set. */
  public Profile getProfile() {
    return profile;
  }

  /** Sets the profile. */
  public void setProfile(Profile profile) {
    this.profile = Objects.requireNonNull(profile, "profile");
  }

  /** The default language of the findings; Dutch unless set. */
  public Locale getLocale() {
    return locale;
  }

  /** Sets the default language of the findings. */
  public void setLocale(Locale locale) {
    this.locale = Objects.requireNonNull(locale, "locale");
  }

  /** The ids of the rules switched off; a mutable set, empty unless set. */
  public Set<String> getDisabledRules() {
    return disabledRules;
  }

  /** Sets the ids of the rules switched off. */
  public void setDisabledRules(Set<String> disabledRules) {
    this.disabledRules = new LinkedHashSet<>(disabledRules);
  }

  /** The severity per rule id; a mutable map, empty unless set. */
  public Map<String, Severity> getSeverity() {
    return severity;
  }

  /** Sets the severity per rule id. */
  public void setSeverity(Map<String, Severity> severity) {
    this.severity = new LinkedHashMap<>(severity);
  }

  /** The most findings of one rule a report lists; 100 unless set. */
  public int getMaxFindingsPerRule() {
    return maxFindingsPerRule;
  }

  /** Sets the most findings of one rule a report lists. */
  public void setMaxFindingsPerRule(int maxFindingsPerRule) {
    this.maxFindingsPerRule = maxFindingsPerRule;
  }

  /** The peildatum; null unless set. */
  public @Nullable LocalDate getReferenceDate() {
    return referenceDate;
  }

  /** Sets the peildatum; null for none. */
  public void setReferenceDate(@Nullable LocalDate referenceDate) {
    this.referenceDate = referenceDate;
  }

  /** Applies these settings to {@code builder}, rule ids in upper case. */
  void applyTo(WoonzorgValidator.Builder builder) {
    builder.maxFindingsPerRule(maxFindingsPerRule);
    if (referenceDate != null) {
      builder.referenceDate(referenceDate);
    }
    disabledRules.forEach(id -> builder.disable(ruleId(id)));
    severity.forEach((id, level) -> builder.severity(ruleId(id), level));
  }

  private static String ruleId(String id) {
    return id.strip().toUpperCase(Locale.ROOT);
  }
}
