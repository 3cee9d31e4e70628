package nl.woonzorg.spring.boot.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import nl.woonzorg.analysis.monitor.MonitorSettings;
import nl.woonzorg.analysis.supply.StockClassification;
import nl.woonzorg.validation.WoonzorgValidator;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The analysis beans: when woonzorg-analysis is on the class path, unless replaced. */
class WoonzorgAnalysisAutoConfigurationTest {

  private final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(
          WoonzorgAutoConfiguration.class, WoonzorgAnalysisAutoConfiguration.class));

  @Test
  void withWoonzorgAnalysisThereAreTheModulesDefaults() {
    runner.run(context -> {
      assertThat(context.getBean(MonitorSettings.class)).isEqualTo(MonitorSettings.defaults());
      assertThat(context.getBean(StockClassification.class))
          .isEqualTo(StockClassification.defaults());
    });
  }

  @Test
  void withoutWoonzorgAnalysisThereAreNone() {
    runner.withClassLoader(new FilteredClassLoader(MonitorSettings.class))
        .run(context -> assertThat(context).hasSingleBean(WoonzorgValidator.class)
            .doesNotHaveBean(MonitorSettings.class)
            .doesNotHaveBean(StockClassification.class));
  }

  @Test
  void theApplicationsOwnSettingsAreKept() {
    MonitorSettings own = MonitorSettings.builder().windowYears(2).build();
    runner.withBean(MonitorSettings.class, () -> own)
        .run(context -> assertThat(context).getBean(MonitorSettings.class).isSameAs(own));
  }
}
