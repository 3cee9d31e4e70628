package nl.woonzorg.analysis.supply;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.StreamSupport;
import nl.woonzorg.model.area.AreaType;
import nl.woonzorg.model.dwelling.Dwelling;
import nl.woonzorg.model.vera.AccessibilityLabel;
import nl.woonzorg.model.vera.UnitKind;
import org.junit.jupiter.api.Test;

/**
 * A {@link CategoryTally} counts a stream of records without holding them: a source makes 100,000
 * records one at a time and keeps only a weak reference to every 1,000th; once they are counted,
 * a garbage collection clears every one of those references. A tally that kept a record, or
 * anything reaching one, would keep it strongly reachable and fail this test.
 */
class ConstantMemoryTest {

  private static final int RECORDS = 100_000;
  private static final int WIJKEN = 40;
  private static final int WATCHED_EVERY = 1_000;
  private static final String[] CODES = new String[WIJKEN];

  static {
    for (int wijk = 0; wijk < WIJKEN; wijk++) {
      CODES[wijk] = String.format("WK0050%02d", wijk);
    }
  }

  /** Makes record after record, none kept; watches every 1,000th through a weak reference. */
  private static final class Source extends Spliterators.AbstractSpliterator<Dwelling> {
    final List<WeakReference<Dwelling>> watched = new ArrayList<>();
    long made;

    Source() {
      super(RECORDS, Spliterator.ORDERED | Spliterator.NONNULL);
    }

    @Override
    public boolean tryAdvance(Consumer<? super Dwelling> action) {
      if (made == RECORDS) {
        return false;
      }
      String wijk = CODES[(int) (made % WIJKEN)];
      Dwelling.Builder home = Dwelling.builder().id("E-" + made).unitKind(UnitKind.WOONRUIMTE)
          .municipalityCode("GM0050").districtCode(wijk);
      if (made % 4 == 0) {
        home.accessibilityLabel(AccessibilityLabel.NULTREDENWONING);
      }
      Dwelling dwelling = home.build();
      if (made % WATCHED_EVERY == 0) {
        watched.add(new WeakReference<>(dwelling));
      }
      made++;
      action.accept(dwelling);
      return true;
    }
  }

  /** Counts the source's records into a tally, in a frame of its own that is gone on return. */
  private static CategoryTally.Builder count(Source source) {
    CategoryTally.Builder tally = CategoryTally.builder(AreaType.WIJK,
        StockClassification.defaults());
    StreamSupport.stream(source, false).forEach(tally::add);
    return tally;
  }

  private static long uncleared(List<WeakReference<Dwelling>> watched) {
    return watched.stream().filter(reference -> reference.get() != null).count();
  }

  @Test
  void aTallyHoldsNoRecordItCounted() throws InterruptedException {
    Source source = new Source();
    CategoryTally.Builder builder = count(source);
    assertEquals(RECORDS, source.made);
    assertEquals(RECORDS / WATCHED_EVERY, source.watched.size());
    for (int attempt = 0; attempt < 20 && uncleared(source.watched) > 0; attempt++) {
      System.gc();
      Thread.sleep(10);
    }
    // The builder is still reachable here, and still counts: it is not what was collected.
    assertEquals(0, uncleared(source.watched), "records the tally still holds");
    CategoryTally tally = builder.build();
    assertEquals(WIJKEN, tally.areas().size());
    SupplyCategory zeroStep = StockClassification.defaults().category("NULTREDEN").orElseThrow();
    long homes = 0;
    long stepFree = 0;
    for (String wijk : tally.areas()) {
      homes += tally.homes(wijk);
      stepFree += tally.count(wijk, zeroStep);
    }
    assertEquals(RECORDS, homes);
    assertEquals(RECORDS / 4, stepFree);
    assertTrue(tally.unplaced().isEmpty());
  }
}
