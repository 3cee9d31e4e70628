package nl.woonzorg.analysis.gap;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.woonzorg.analysis.population.PopulationTable;
import nl.woonzorg.analysis.region.AreaHierarchy;
import nl.woonzorg.analysis.supply.CategoryTally;
import nl.woonzorg.analysis.supply.StockClassification;
import nl.woonzorg.model.analysis.Analysis;
import nl.woonzorg.model.area.AreaType;
import nl.woonzorg.model.dwelling.Dwelling;
import nl.woonzorg.model.vera.AccessibilityLabel;
import nl.woonzorg.model.vera.HousingForm;
import nl.woonzorg.model.vera.UnitKind;
import org.junit.jupiter.api.Test;

/**
 * One {@link GapEngine} and one {@link StockClassification}, shared by several threads that start
 * together and each classify a stock, compute and write out the analysis many times over: every
 * thread's every result equals the one computed alone. An engine or classification holding
 * mutable state between calls (a cache, a reused buffer) would make some of them differ.
 */
class ConcurrencyTest {

  private static final int THREADS = 4;
  private static final int ROUNDS = 25;

  private static final GapEngine ENGINE =
      GapEngine.of(AreaHierarchy.netherlands(), List.of(Zeewolde.CLUSTERED_23));
  private static final StockClassification TABLE = StockClassification.defaults();

  /** Homes over Zeewolde's two wijken, each with another mix of labels. */
  private static List<Dwelling> homes() {
    HousingForm[] forms = {null, HousingForm.GECLUSTERDE_WOONVORM,
        HousingForm.ZORGGESCHIKTE_WONING, HousingForm.ADL_CLUSTERWONING};
    AccessibilityLabel[] labels = {null, AccessibilityLabel.NULTREDENWONING,
        AccessibilityLabel.ROLSTOELWONING, AccessibilityLabel.GELIJKVLOERSE_WONING};
    List<Dwelling> homes = new ArrayList<>();
    for (int index = 0; index < 2_000; index++) {
      String wijk = index % 3 == 0 ? "WK005001" : "WK005000";
      Dwelling.Builder home = Dwelling.builder().id("E-" + index).unitKind(UnitKind.WOONRUIMTE)
          .municipalityCode("GM0050").districtCode(wijk);
      HousingForm form = forms[index % forms.length];
      AccessibilityLabel label = labels[index / forms.length % labels.length];
      if (form != null) {
        home.housingForm(form);
      }
      if (label != null) {
        home.accessibilityLabel(label);
      }
      homes.add(home.build());
    }
    return homes;
  }

  private static CategoryTally tally(List<Dwelling> homes) {
    CategoryTally.Builder tally = CategoryTally.builder(AreaType.WIJK, TABLE);
    homes.forEach(tally::add);
    return tally.build();
  }

  /** What one computation gives, everything a caller can see of it. */
  private record Result(CategoryTally stock, List<GapRow> rows, List<Calculation> calculations,
      Analysis document) {

    static Result of(List<Dwelling> homes, PopulationTable population) {
      CategoryTally stock = tally(homes);
      GapAnalysis analysis = ENGINE.compute(population, stock);
      return new Result(stock, analysis.rows(), analysis.calculations(),
          analysis.toAnalysis(1, RoundingMode.HALF_EVEN, Locale.ENGLISH));
    }
  }

  @Test
  void theSameEngineAndClassificationGiveEveryThreadTheSameResult() throws Exception {
    List<Dwelling> homes = homes();
    PopulationTable population = Zeewolde.population();
    Result alone = Result.of(homes, population);
    // 2,000 homes: the clustered forms (GEC, ZWO, but not ADL) count as clustered.
    assertEquals(1_000, alone.stock().count("WK005000", TABLE.category("GECLUSTERD")
        .orElseThrow()) + alone.stock().count("WK005001", TABLE.category("GECLUSTERD")
        .orElseThrow()));

    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<List<Result>>> futures = new ArrayList<>();
      for (int thread = 0; thread < THREADS; thread++) {
        Callable<List<Result>> work = () -> {
          start.await();
          List<Result> results = new ArrayList<>();
          for (int round = 0; round < ROUNDS; round++) {
            results.add(Result.of(homes, population));
          }
          return results;
        };
        futures.add(pool.submit(work));
      }
      start.countDown();
      for (Future<List<Result>> future : futures) {
        for (Result result : future.get()) {
          assertEquals(alone, result);
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
