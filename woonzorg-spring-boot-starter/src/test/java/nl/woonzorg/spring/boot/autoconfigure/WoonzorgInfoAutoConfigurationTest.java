package nl.woonzorg.spring.boot.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import nl.woonzorg.spring.boot.actuate.WoonzorgInfoContributor;
import nl.woonzorg.validation.WoonzorgValidator;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.info.Info;
import org.springframework.boot.actuate.info.InfoContributor;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The info contribution: with Actuator, unless switched off or replaced. */
class WoonzorgInfoAutoConfigurationTest {

  private final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(
          WoonzorgAutoConfiguration.class, WoonzorgInfoAutoConfiguration.class));

  @Test
  void withActuatorTheInfoTellsVersionsProfileLanguageAndRules() {
    runner.withPropertyValues("woonzorg.validation.profile=concept",
            "woonzorg.validation.locale=en", "woonzorg.validation.disabled-rules=WZ-TOPIC-01")
        .run(context -> {
          Info.Builder info = new Info.Builder();
          context.getBean(WoonzorgInfoContributor.class).contribute(info);
          int rules = WoonzorgValidator.builtInRules().size();
          assertThat(info.build().getDetails()).isEqualTo(Map.of("woonzorg", Map.of(
              "version", "0.1.0-SNAPSHOT", "formatVersion", "1.1", "profile", "CONCEPT",
              "locale", "en", "rules", rules, "enabledRules", (long) rules - 1)));
        });
  }

  @Test
  void withoutActuatorThereIsNoContribution() {
    runner.withClassLoader(new FilteredClassLoader(InfoContributor.class))
        .run(context -> assertThat(context).hasSingleBean(WoonzorgValidator.class)
            .doesNotHaveBean(WoonzorgInfoContributor.class));
  }

  @Test
  void theContributionCanBeSwitchedOff() {
    runner.withPropertyValues("management.info.woonzorg.enabled=false")
        .run(context -> assertThat(context).doesNotHaveBean(WoonzorgInfoContributor.class));
  }

  @Test
  void theApplicationsOwnContributionIsKept() {
    WoonzorgInfoContributor own =
        new WoonzorgInfoContributor(WoonzorgValidator.builder().build());
    runner.withBean(WoonzorgInfoContributor.class, () -> own)
        .run(context -> assertThat(context).getBean(WoonzorgInfoContributor.class).isSameAs(own));
  }
}
