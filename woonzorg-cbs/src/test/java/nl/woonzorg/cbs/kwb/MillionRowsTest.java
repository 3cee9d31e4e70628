package nl.woonzorg.cbs.kwb;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Streaming reads hold one row at a time: a million rows, made on the fly and never held as a
 * whole, pass through the CSV and TypedDataSet readers in a 32 MB heap (this class runs in a JVM of
 * its own with {@code -Xmx32m}; see the pom).
 */
class MillionRowsTest {

  private static final int ROWS = 1_000_000;

  /** {@code header}, then {@code row} {@link #ROWS} times, separated by {@code between}. */
  private static InputStream repeated(String header, String row, String between, String footer) {
    return new InputStream() {
      private byte[] chunk = header.getBytes(StandardCharsets.UTF_8);
      private int at;
      private int made;

      @Override
      public int read() {
        while (at == chunk.length) {
          if (made > ROWS) {
            return -1;
          }
          made++;
          String next = made <= ROWS ? (made == 1 ? "" : between) + row : footer;
          chunk = next.getBytes(StandardCharsets.UTF_8);
          at = 0;
        }
        return chunk[at++];
      }
    };
  }

  @Test
  void aMillionCsvRowsStreamInConstantMemory() {
    long[] inhabitants = new long[1];
    KwbReadResult result = KwbReader.of(KwbFixtureTest.KWB_2024).read(KwbFormat.CSV,
        List.of(KwbInput.of("million.csv", () -> repeated(
            "WijkenEnBuurten;AantalInwoners_5;HuishoudensTotaal_29\n", "WK005000  ;9000;.", "\n",
            "\n"))),
        row -> inhabitants[0] += row.counts().values().iterator().next().valueOrThrow());

    assertEquals(ROWS, result.rows());
    assertEquals(9_000L * ROWS, inhabitants[0]);
  }

  @Test
  void aMillionTypedDataSetRowsStreamInConstantMemory() {
    long[] rows = new long[1];
    KwbReadResult result = KwbReader.of(KwbFixtureTest.KWB_2024).read(KwbFormat.TYPED_DATA_SET,
        List.of(KwbInput.of("million.json", () -> repeated("{\"value\": [",
            "{\"WijkenEnBuurten\": \"WK005000  \", \"AantalInwoners_5\": 9000}", ",", "]}"))),
        row -> rows[0]++);

    assertEquals(ROWS, result.rows());
    assertEquals(ROWS, rows[0]);
  }
}
