package nl.woonzorg.benchmarks;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import nl.woonzorg.vera.match.Household;
import nl.woonzorg.vera.match.IncomeBand;
import nl.woonzorg.vera.match.MatchResult;
import nl.woonzorg.vera.match.Matcher;
import nl.woonzorg.vera.match.RentLimits;
import nl.woonzorg.vera.match.Stock;
import nl.woonzorg.vera.unit.VeraCode;
import nl.woonzorg.vera.unit.VeraUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Suitability matching as a vendor calls it per application (issue 19): one household — a couple
 * of 72 and 70 with a walking aid and a care indication, seeking clustered living, within the
 * passend-toewijzen income limit — against a stock of {@code homes} VERA units (100,000 by
 * default), every home judged on every condition, under the 2025 rent limits. The stock is built
 * once, as a vendor keeps it.
 *
 * <p>Baseline in the same run: the least a matcher must do, reading each unit's {@code
 * rekenhuur} from the {@code VeraUnit}s and comparing it with the limit ({@code rentOnly}).
 * Goal: {@code matchOneHousehold} at most 10 ms.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class MatchBenchmark {

  private static final String[] LABELS = {"ZON", "ZON", "ZON", "GNV", "NUL", "ROA", "ROG", "ROL",
      "RUI"};
  private static final String[] FORMS = {"", "", "", "", "GEC", "ZWO", "ADL", "SEN", "LEV"};
  private static final String[] GROUPS = {"", "EEN", "GEZ", "SEN", "HZO"};

  /** Homes in the stock. */
  @Param("100000")
  public int homes;

  private List<VeraUnit> units;
  private Stock stock;
  private Matcher matcher;
  private Household household;
  private BigDecimal limit;

  /** A reproducible stock: labels, woonvormen, rents from € 400 to € 950 and 1 to 6 rooms. */
  @Setup
  public void setUp() {
    SplittableRandom random = new SplittableRandom(19);
    units = new ArrayList<>(homes);
    for (int i = 0; i < homes; i++) {
      VeraUnit.Builder unit = VeraUnit.builder().id("VHE-" + i).kind(VeraCode.of("WOO"))
          .accessibilityLabel(VeraCode.of(LABELS[random.nextInt(LABELS.length)]))
          .rooms(1 + random.nextInt(6))
          .eligibleRent(BigDecimal.valueOf(40_000 + random.nextInt(55_000), 2));
      String form = FORMS[random.nextInt(FORMS.length)];
      if (!form.isEmpty()) {
        unit.housingForm(VeraCode.of(form));
      }
      String group = GROUPS[random.nextInt(GROUPS.length)];
      if (!group.isEmpty()) {
        unit.targetGroup(VeraCode.of(group));
      }
      units.add(unit.build());
    }
    stock = Stock.of(units);
    matcher = Matcher.of(RentLimits.published(2025));
    household = Household.builder().addAges(72, 70).walkingAid(true).careIndication(true)
        .seekingClustered(true).incomeBand(IncomeBand.PASSEND_TOEWIJZEN).build();
    limit = matcher.rentLimits().limitFor(household.size());
    MatchResult check = matchOneHousehold();
    if (check.size() != homes || check.fittingCount() == 0 || check.fittingCount() == homes) {
      throw new IllegalStateException("the stock does not spread over fit and misfit: "
          + check.fittingCount() + " of " + homes);
    }
  }

  /** The household matched against every home, each with all its reasons. */
  @Benchmark
  public MatchResult matchOneHousehold() {
    return matcher.match(household, stock);
  }

  /** Baseline: each unit's rekenhuur read and held against the limit, nothing more. */
  @Benchmark
  public int rentOnly() {
    int within = 0;
    for (VeraUnit unit : units) {
      if (unit.getEligibleRent().map(rent -> rent.compareTo(limit) <= 0).orElse(false)) {
        within++;
      }
    }
    return within;
  }
}
