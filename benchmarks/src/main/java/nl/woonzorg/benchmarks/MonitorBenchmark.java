package nl.woonzorg.benchmarks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import nl.woonzorg.analysis.monitor.MonitorSettings;
import nl.woonzorg.analysis.monitor.VisionMonitor;
import nl.woonzorg.model.HousingCareVision;
import nl.woonzorg.model.area.Area;
import nl.woonzorg.model.goal.Goal;
import nl.woonzorg.model.monitoring.Indicator;
import nl.woonzorg.model.monitoring.Measurement;
import nl.woonzorg.model.monitoring.Monitoring;
import nl.woonzorg.model.quantity.Quantity;
import nl.woonzorg.model.quantity.Unit;
import nl.woonzorg.model.time.Deadline;
import nl.woonzorg.model.time.Frequency;
import nl.woonzorg.model.time.YearPeriod;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The BORGING monitor at national scale: {@value #MUNICIPALITIES} gemeenten, each with {@value
 * #GOALS} goals followed by an indicator of their own and {@value #YEARS} yearly measurements of
 * it, monitored as of the last year. The score is the time per gemeente ({@link
 * OperationsPerInvocation}): every goal's progress, its history of yearly verdicts not included,
 * and the vision's early warnings, stale indicators and source reconciliation.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class MonitorBenchmark {

  /** Gemeenten in the Netherlands in 2024. */
  public static final int MUNICIPALITIES = 342;
  /** Goals per gemeente. */
  public static final int GOALS = 50;
  /** Years of measurements per goal. */
  public static final int YEARS = 10;

  private static final int FIRST_YEAR = 2015;
  private static final LocalDate AS_OF = LocalDate.of(FIRST_YEAR + YEARS - 1, 12, 31);

  private List<HousingCareVision> visions;
  private MonitorSettings settings;

  /** Builds the gemeenten once; their levels rise at paces that spread over every status. */
  @Setup
  public void setUp() {
    settings = MonitorSettings.defaults();
    visions = new ArrayList<>();
    for (int m = 0; m < MUNICIPALITIES; m++) {
      visions.add(municipality(m));
    }
  }

  private static HousingCareVision municipality(int m) {
    Monitoring.Builder monitoring = Monitoring.builder().reportingFrequency(Frequency.yearly());
    List<Goal> goals = new ArrayList<>();
    for (int g = 0; g < GOALS; g++) {
      String indicator = "indicator-" + g;
      goals.add(Goal.builder().id("doel-" + g).title("Doel " + g).indicatorId(indicator)
          .target(Quantity.of(1_000, Unit.WONINGEN))
          .baseline(Quantity.of(0, Unit.WONINGEN)).baselineYear(FIRST_YEAR - 1)
          .deadline(Deadline.ofYear(FIRST_YEAR + YEARS + 2))
          .build());
      monitoring.addIndicators(Indicator.of(indicator, "Indicator " + g, Unit.WONINGEN));
      long pace = 40 + (m * 7L + g * 13L) % 80;
      for (int y = 0; y < YEARS; y++) {
        monitoring.addMeasurements(Measurement.of(indicator,
            LocalDate.of(FIRST_YEAR + y, 12, 31), pace * (y + 1)));
      }
    }
    return HousingCareVision.builder()
        .id("wzv-" + m).title("Woonzorgvisie " + m)
        .area(Area.municipality(String.format("GM%04d", m + 1), "Gemeente " + m))
        .period(YearPeriod.of(FIRST_YEAR, FIRST_YEAR + YEARS + 2))
        .goals(goals)
        .monitoring(monitoring.build())
        .build();
  }

  /** Every gemeente's monitor; the score is per gemeente. */
  @Benchmark
  @OperationsPerInvocation(MUNICIPALITIES)
  public void monitorEachMunicipality(Blackhole sink) {
    for (HousingCareVision vision : visions) {
      sink.consume(VisionMonitor.of(vision, AS_OF, settings).findings());
    }
  }
}
