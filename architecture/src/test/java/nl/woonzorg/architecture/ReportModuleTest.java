package nl.woonzorg.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * nl.woonzorg.report on the module path: a consumer monitors a goal and renders the monitor page,
 * with nothing but the report module required.
 */
class ReportModuleTest {

  @Test
  void aConsumerRendersTheMonitorPage(@TempDir Path directory) {
    List<String> output = new ConsumerModule(directory, "nl.woonzorg.report").run("""
        package consumer;

        import java.time.LocalDate;
        import java.util.List;
        import java.util.Locale;
        import nl.woonzorg.analysis.monitor.MonitorSettings;
        import nl.woonzorg.analysis.monitor.VisionMonitor;
        import nl.woonzorg.model.HousingCareVision;
        import nl.woonzorg.model.area.Area;
        import nl.woonzorg.model.area.AreaType;
        import nl.woonzorg.model.goal.Goal;
        import nl.woonzorg.model.monitoring.Measurement;
        import nl.woonzorg.model.monitoring.Monitoring;
        import nl.woonzorg.model.quantity.Quantity;
        import nl.woonzorg.model.quantity.Unit;
        import nl.woonzorg.model.time.Deadline;
        import nl.woonzorg.model.time.YearPeriod;
        import nl.woonzorg.report.HtmlReport;

        public class Main {
          public static void main(String[] args) {
            HousingCareVision vision = HousingCareVision.builder().id("v").title("Visie")
                .area(Area.of("a", AreaType.GEMEENTE, "A")).period(YearPeriod.of(2021, 2025))
                .addGoals(Goal.builder().id("g").title("110 units").indicatorId("i")
                    .target(Quantity.of(110, Unit.WONINGEN)).deadline(Deadline.ofYear(2025))
                    .build())
                .monitoring(Monitoring.builder()
                    .addMeasurements(Measurement.of("i", LocalDate.of(2022, 12, 31), 20),
                        Measurement.of("i", LocalDate.of(2024, 12, 31), 90))
                    .build())
                .build();
            String html = HtmlReport.of(Locale.ENGLISH).monitor(List.of(VisionMonitor.of(vision,
                LocalDate.of(2024, 12, 31), MonitorSettings.defaults())), null);
            System.out.println(html.contains("<p class=\\"badge ON_TRACK\\">on track</p>"));
          }
        }
        """);

    assertEquals(List.of("true"), output);
  }
}
