package nl.woonzorg.spring.boot.autoconfigure;

import nl.woonzorg.analysis.monitor.MonitorSettings;
import nl.woonzorg.analysis.supply.StockClassification;
import org.apiguardian.api.API;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * With {@code woonzorg-analysis} on the class path: the monitor's {@link MonitorSettings} and the
 * stock's {@link StockClassification}, each the module's documented default, for an application
 * to inject into {@code VisionMonitor.of(…)} and the supply and gap computations — or to replace
 * with a bean of its own. The gap engine itself needs the application's area hierarchy and norms,
 * so it is no bean here.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
@AutoConfiguration(after = WoonzorgAutoConfiguration.class)
@ConditionalOnClass(MonitorSettings.class)
public final class WoonzorgAnalysisAutoConfiguration {

  /** Created by Spring. */
  public WoonzorgAnalysisAutoConfiguration() {}

  /** The monitor's default settings. */
  @Bean
  @ConditionalOnMissingBean
  MonitorSettings woonzorgMonitorSettings() {
    return MonitorSettings.defaults();
  }

  /** The shipped classification of the dwelling stock. */
  @Bean
  @ConditionalOnMissingBean
  StockClassification woonzorgStockClassification() {
    return StockClassification.defaults();
  }
}
