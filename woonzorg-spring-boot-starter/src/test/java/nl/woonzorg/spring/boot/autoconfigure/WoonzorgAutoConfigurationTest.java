package nl.woonzorg.spring.boot.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import nl.woonzorg.io.ReadMode;
import nl.woonzorg.io.json.JsonReader;
import nl.woonzorg.io.json.JsonWriter;
import nl.woonzorg.io.json.WoonzorgModule;
import nl.woonzorg.model.dwelling.Dwelling;
import nl.woonzorg.model.report.Finding;
import nl.woonzorg.model.report.Report;
import nl.woonzorg.model.report.Severity;
import nl.woonzorg.model.vera.UnitKind;
import nl.woonzorg.spring.boot.validation.WoonzorgValidators;
import nl.woonzorg.validation.WoonzorgValidator;
import nl.woonzorg.validation.rule.Profile;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import tools.jackson.databind.json.JsonMapper;

/** The core beans, each condition of them, and the properties that set the validator. */
class WoonzorgAutoConfigurationTest {

  private static final Locale DUTCH = Locale.forLanguageTag("nl");

  private final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(WoonzorgAutoConfiguration.class));

  @Test
  void withoutPropertiesTheValidatorIsVastgesteldInDutchWithEveryRule() {
    runner.run(context -> {
      WoonzorgValidator validator = context.getBean(WoonzorgValidator.class);
      assertThat(validator.profile()).isEqualTo(Profile.VASTGESTELD);
      assertThat(validator.locale()).isEqualTo(DUTCH);
      assertThat(validator.maxFindingsPerRule())
          .isEqualTo(WoonzorgValidator.DEFAULT_MAX_FINDINGS_PER_RULE);
      assertThat(validator.rules()).hasSameSizeAs(WoonzorgValidator.builtInRules());
      assertThat(validator.rules()).allSatisfy(rule ->
          assertThat(validator.severity(rule.id())).isPresent());
      assertThat(context.getBean(WoonzorgValidators.class).get()).isSameAs(validator);
      assertThat(context.getBean(JsonReader.class).mode()).isEqualTo(ReadMode.STRICT);
      assertThat(context).hasSingleBean(JsonWriter.class).hasSingleBean(WoonzorgModule.class);
    });
  }

  @Test
  void thePropertiesSetProfileLanguageRulesAndCap() {
    runner.withPropertyValues("woonzorg.validation.profile=concept",
            "woonzorg.validation.locale=en",
            "woonzorg.validation.disabled-rules=WZ-TOPIC-01,wz-sign-01",
            "woonzorg.validation.severity.WZ-SIGN-02=warning",
            "woonzorg.validation.severity.[wz-smart-r-01]=info",
            "woonzorg.validation.max-findings-per-rule=5")
        .run(context -> {
          WoonzorgValidator validator = context.getBean(WoonzorgValidator.class);
          assertThat(validator.profile()).isEqualTo(Profile.CONCEPT);
          assertThat(validator.locale()).isEqualTo(Locale.ENGLISH);
          assertThat(validator.severity("WZ-TOPIC-01")).isEmpty();
          assertThat(validator.severity("WZ-SIGN-01")).isEmpty();
          assertThat(validator.severity("WZ-SIGN-02")).contains(Severity.WARNING);
          assertThat(validator.severity("WZ-SMART-R-01")).contains(Severity.INFO);
          assertThat(validator.maxFindingsPerRule()).isEqualTo(5);
          // Every profile and language gets the same settings.
          WoonzorgValidator dutch =
              context.getBean(WoonzorgValidators.class).get(Profile.VASTGESTELD, DUTCH);
          assertThat(dutch.profile()).isEqualTo(Profile.VASTGESTELD);
          assertThat(dutch.locale()).isEqualTo(DUTCH);
          assertThat(dutch.severity("WZ-TOPIC-01")).isEmpty();
          assertThat(dutch.severity("WZ-SIGN-02")).contains(Severity.WARNING);
        });
  }

  @Test
  void theReferenceDateJudgesUndatedSubjectsInEveryValidator() {
    // Weesp (GM0457) joined Amsterdam on 24 March 2022: a record of it passes on the day before.
    Dwelling weesp = Dwelling.builder().id("w1").unitKind(UnitKind.WOONRUIMTE)
        .municipalityCode("GM0457").build();
    runner.withPropertyValues("woonzorg.validation.reference-date=2022-03-23").run(context -> {
      assertThat(context.getBean(WoonzorgValidator.class).referenceDate())
          .contains(LocalDate.of(2022, 3, 23));
      WoonzorgValidator english =
          context.getBean(WoonzorgValidators.class).get(Profile.CONCEPT, Locale.ENGLISH);
      assertThat(english.referenceDate()).contains(LocalDate.of(2022, 3, 23));
      assertThat(ruleIds(english.validate(weesp))).doesNotContain("WZ-AREA-05");
    });
    runner.run(context -> {
      WoonzorgValidator validator = context.getBean(WoonzorgValidator.class);
      assertThat(validator.referenceDate()).isEmpty();
      assertThat(ruleIds(validator.validate(weesp))).contains("WZ-AREA-05");
    });
  }

  @Test
  void aReferenceDateThatIsNoDateStopsTheStart() {
    runner.withPropertyValues("woonzorg.validation.reference-date=24-03-2022")
        .run(context -> assertThat(context).hasFailed());
  }

  private static List<String> ruleIds(Report report) {
    return report.getFindings().stream().map(Finding::getRuleId).toList();
  }

  @Test
  void anUnknownRuleIdStopsTheStartWithTheValidatorsReason() {
    runner.withPropertyValues("woonzorg.validation.disabled-rules=WZ-NOPE-01")
        .run(context -> assertThat(context).hasFailed().getFailure()
            .rootCause()
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageStartingWith("unknown rule id(s) [WZ-NOPE-01]"));
  }

  @Test
  void customizersChangeEveryValidatorAfterTheProperties() {
    runner.withPropertyValues("woonzorg.validation.severity.WZ-SIGN-02=warning")
        .withBean(WoonzorgValidatorCustomizer.class,
            () -> builder -> builder.severity("WZ-SIGN-02", Severity.ERROR).disable("WZ-TOPIC-01"))
        .run(context -> {
          WoonzorgValidators validators = context.getBean(WoonzorgValidators.class);
          for (WoonzorgValidator validator : new WoonzorgValidator[] {validators.get(),
              validators.get(Profile.CONCEPT, Locale.ENGLISH)}) {
            assertThat(validator.severity("WZ-SIGN-02")).contains(Severity.ERROR);
            assertThat(validator.severity("WZ-TOPIC-01")).isEmpty();
          }
        });
  }

  @Test
  void theApplicationsOwnValidatorServesEveryProfileAndLanguage() {
    WoonzorgValidator own = WoonzorgValidator.builder().locale(Locale.ENGLISH).build();
    runner.withBean(WoonzorgValidator.class, () -> own).run(context -> {
      assertThat(context).getBean(WoonzorgValidator.class).isSameAs(own);
      WoonzorgValidators validators = context.getBean(WoonzorgValidators.class);
      assertThat(validators.get(Profile.CONCEPT, DUTCH)).isSameAs(own);
      assertThat(validators.defaultLocale()).isEqualTo(Locale.ENGLISH);
    });
  }

  @Test
  void theApplicationsOwnValidatorsGiveTheValidator() {
    WoonzorgValidators own = WoonzorgValidators.of(Profile.CONCEPT, Locale.ENGLISH,
        (profile, locale) -> WoonzorgValidator.builder().profile(profile).locale(locale).build());
    runner.withBean(WoonzorgValidators.class, () -> own).run(context -> {
      assertThat(context).getBean(WoonzorgValidators.class).isSameAs(own);
      assertThat(context).getBean(WoonzorgValidator.class).isSameAs(own.get());
    });
  }

  @Test
  void theApplicationsOwnReaderWriterAndModuleAreKept() {
    JsonReader lenient = JsonReader.lenient();
    JsonWriter pretty = JsonWriter.pretty();
    WoonzorgModule module = new WoonzorgModule();
    runner.withBean(JsonReader.class, () -> lenient)
        .withBean(JsonWriter.class, () -> pretty)
        .withBean(WoonzorgModule.class, () -> module)
        .run(context -> {
          assertThat(context).getBean(JsonReader.class).isSameAs(lenient);
          assertThat(context).getBean(JsonWriter.class).isSameAs(pretty);
          assertThat(context).getBean(WoonzorgModule.class).isSameAs(module);
        });
  }

  @Test
  void bootsJsonMapperHasTheWoonzorgModule() {
    runner.withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class))
        .run(context -> assertThat(context.getBean(JsonMapper.class).registeredModules())
            .anyMatch(WoonzorgModule.class::isInstance));
  }

  @Test
  void withoutBootsJacksonTheRestStillStarts() {
    runner.withClassLoader(new FilteredClassLoader(JacksonAutoConfiguration.class))
        .run(context -> assertThat(context).hasSingleBean(WoonzorgValidator.class)
            .doesNotHaveBean(JsonMapper.class));
  }

  @Test
  void aRequestLanguageIsDutchOrEnglishOrTheDefault() {
    runner.withPropertyValues("woonzorg.validation.locale=en").run(context -> {
      WoonzorgValidators validators = context.getBean(WoonzorgValidators.class);
      assertThat(validators.localeFor(null)).isEqualTo(Locale.ENGLISH);
      assertThat(validators.localeFor("nl-BE, en;q=0.5")).isEqualTo(DUTCH);
      assertThat(validators.localeFor("fr, nl;q=0.2")).isEqualTo(DUTCH);
      assertThat(validators.localeFor("fr, de")).isEqualTo(Locale.ENGLISH);
      assertThat(validators.localeFor("en;q=nonsense")).isEqualTo(Locale.ENGLISH);
      // A language woonzorg has no texts in gets the default's.
      assertThat(validators.get(Profile.VASTGESTELD, Locale.GERMAN).locale())
          .isEqualTo(Locale.ENGLISH);
      assertThat(validators.get(Profile.VASTGESTELD, DUTCH).locale()).isEqualTo(DUTCH);
    });
  }
}
