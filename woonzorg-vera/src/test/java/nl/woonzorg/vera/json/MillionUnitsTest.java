package nl.woonzorg.vera.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import nl.woonzorg.vera.mapping.DwellingMapping;
import nl.woonzorg.vera.unit.PassThrough;
import nl.woonzorg.vera.unit.RawJson;
import nl.woonzorg.vera.unit.VeraAddress;
import nl.woonzorg.vera.unit.VeraArea;
import nl.woonzorg.vera.unit.VeraCode;
import nl.woonzorg.vera.unit.VeraUnit;
import org.junit.jupiter.api.Test;

/**
 * A million {@code Eenheid} records stream as NDJSON through writer, reader and the mapping to
 * Dwelling in a JVM with a 64 MB heap (the {@code low-heap} Surefire execution runs this class
 * alone with {@code -Xmx64m}): memory stays constant. Time and peak heap go to {@code
 * target/vera-ndjson-heap.txt}.
 */
class MillionUnitsTest {

  private static final int RECORDS = 1_000_000;
  private static final RawJson ROOMS = RawJson.parse("[{\"id\":\"R-1\",\"soort\":{\"code\":"
      + "\"VTK\",\"naam\":\"Vertrek\"},\"oppervlakte\":20.044,\"verwarmd\":true}]");

  static VeraUnit unit(int i) {
    return VeraUnit.builder()
        .id("E-" + i)
        .kind(VeraCode.of("WOO", "Woonruimte"))
        .targetGroup(VeraCode.of(i % 3 == 0 ? "SEN" : "EEN"))
        .accessibilityLabel(VeraCode.of("NUL", "Nultredenwoning"))
        .rooms(1 + i % 5)
        .constructionYear(1900 + i % 125)
        .grossRent(BigDecimal.valueOf(60_000 + i % 40_000, 2))
        .address(VeraAddress.builder()
            .postcode(String.format("%04d AB", 1000 + i % 9000))
            .municipality(VeraArea.builder().code("0599").name("Rotterdam").build())
            .build())
        .passThrough(PassThrough.empty().with("ruimten", ROOMS))
        .build();
  }

  @Test
  void aMillionUnitsStreamInConstantMemory() throws Exception {
    assertTrue(Runtime.getRuntime().maxMemory() <= 64L << 20,
        "run with -Xmx64m: " + Runtime.getRuntime().maxMemory());
    List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(pool -> pool.getType() == MemoryType.HEAP).toList();
    System.gc();
    heap.forEach(MemoryPoolMXBean::resetPeakUsage);
    long started = System.nanoTime();

    PipedInputStream in = new PipedInputStream(1 << 16);
    PipedOutputStream out = new PipedOutputStream(in);
    CompletableFuture<Void> writing = CompletableFuture.runAsync(() -> {
      try (out) {
        for (int i = 0; i < RECORDS; i++) {
          VeraWriter.compact().write(unit(i), out);
          out.write('\n');
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
    AtomicLong next = new AtomicLong();
    AtomicLong mismatches = new AtomicLong();
    AtomicLong dwellings = new AtomicLong();
    try (Stream<VeraUnit> units = VeraReader.strict().readNdjson(in)) {
      units.forEach(unit -> {
        // A unit read keeps the order of all its properties, one built in code only that of its
        // passed-through ones: they are compared by what they write.
        if (!VeraWriter.compact().write(unit)
            .equals(VeraWriter.compact().write(unit((int) next.getAndIncrement())))) {
          mismatches.incrementAndGet();
        }
        if (DwellingMapping.toDwelling(unit).value().isPresent()) {
          dwellings.incrementAndGet();
        }
      });
    }
    writing.join();

    long millis = (System.nanoTime() - started) / 1_000_000L;
    long peak = heap.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum() >> 20;
    String line = "1,000,000 Eenheid records written, read and mapped through a pipe in " + millis
        + " ms with -Xmx" + (Runtime.getRuntime().maxMemory() >> 20)
        + "m: peak heap (sum of pool peaks) " + peak + " MiB";
    System.out.println(line);
    Files.writeString(Path.of("target", "vera-ndjson-heap.txt"), line + "\n",
        StandardCharsets.UTF_8);

    assertEquals(RECORDS, next.get());
    assertEquals(0, mismatches.get());
    assertEquals(RECORDS, dwellings.get());
  }
}
