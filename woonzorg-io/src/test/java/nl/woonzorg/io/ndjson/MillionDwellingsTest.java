package nl.woonzorg.io.ndjson;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import nl.woonzorg.io.PeakHeap;
import nl.woonzorg.model.document.DocumentType;
import nl.woonzorg.model.dwelling.Dwelling;
import nl.woonzorg.model.vera.AccessibilityLabel;
import nl.woonzorg.model.vera.HousingForm;
import nl.woonzorg.model.vera.RentClass;
import nl.woonzorg.model.vera.UnitKind;
import org.junit.jupiter.api.Test;

/**
 * A million dwelling records stream through writer and reader in a JVM with a 64 MB heap (the
 * {@code low-heap} Surefire execution runs this class alone with {@code -Xmx64m}): memory stays
 * constant. The peak heap is written to {@code target/ndjson-heap.txt}.
 */
class MillionDwellingsTest {

  private static final int RECORDS = 1_000_000;

  static Dwelling dwelling(int i) {
    Dwelling.Builder builder = Dwelling.builder()
        .id("eenheid-" + i)
        .municipalityCode("GM0363")
        .districtCode("WK036300")
        .postalCode(String.format("%04dAB", 1000 + i % 9000))
        .unitKind(UnitKind.WOONRUIMTE)
        .rooms(1 + i % 5)
        .constructionYear(1900 + i % 125)
        .ownerPartyId("corporatie-" + i % 7);
    if (i % 3 == 0) {
      builder.housingForm(HousingForm.GECLUSTERDE_WOONVORM)
          .accessibilityLabel(AccessibilityLabel.NULTREDENWONING);
    }
    if (i % 2 == 0) {
      builder.rentClass(RentClass.BETAALBAAR);
    }
    return builder.build();
  }

  @Test
  void aMillionDwellingsStreamInConstantMemory() throws Exception {
    PeakHeap heap = PeakHeap.start(64);
    long started = System.nanoTime();

    PipedInputStream in = new PipedInputStream(1 << 16);
    PipedOutputStream out = new PipedOutputStream(in);
    CompletableFuture<Void> writing = CompletableFuture.runAsync(() -> {
      try (NdjsonWriter<Dwelling> writer = NdjsonWriter.of(DocumentType.DWELLING, out)) {
        for (int i = 0; i < RECORDS; i++) {
          writer.write(dwelling(i));
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
    AtomicLong next = new AtomicLong();
    AtomicLong mismatches = new AtomicLong();
    NdjsonSummary summary = NdjsonReader.of(DocumentType.DWELLING).read(in, dwelling -> {
      if (!dwelling.equals(dwelling((int) next.getAndIncrement()))) {
        mismatches.incrementAndGet();
      }
    });
    writing.join();

    long seconds = (System.nanoTime() - started) / 1_000_000_000L;
    heap.report("1,000,000 dwelling records written and read through a pipe in " + seconds + " s",
        "ndjson-heap.txt");

    assertEquals(new NdjsonSummary(RECORDS, RECORDS, 0), summary);
    assertEquals(0, mismatches.get());
  }
}
