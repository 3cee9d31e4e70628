package nl.woonzorg.io.ndjson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Finding line ends eight bytes at a time finds the same one as looking at each byte. */
class NewlinesTest {

  @Test
  void findsTheFirstNewlineAsAByteByByteSearchDoes() {
    // Bytes around \n (10) and with the high bit set are where the has-zero-byte test could err.
    qt().withExamples(2_000)
        .forAll(lists().of(integers().between(0, 12)).ofSizeBetween(0, 40),
            integers().between(0, 40), integers().between(0, 40))
        .checkAssert((codes, a, b) -> {
          byte[] bytes = bytes(codes);
          int from = Math.min(Math.min(a, b), bytes.length);
          int to = Math.min(Math.max(a, b), bytes.length);
          assertEquals(naive(bytes, from, to), Newlines.indexOf(bytes, from, to));
        });
  }

  private static byte[] bytes(List<Integer> codes) {
    byte[] palette = {'\n', '\n' + 1, '\n' - 1, 0, 1, (byte) 0x80, (byte) 0x8A, (byte) 0xFF,
        (byte) 0x0B, '\r', 'a', '{', (byte) 0x7F};
    byte[] bytes = new byte[codes.size()];
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = palette[codes.get(i)];
    }
    return bytes;
  }

  private static int naive(byte[] bytes, int from, int to) {
    for (int i = from; i < to; i++) {
      if (bytes[i] == '\n') {
        return i;
      }
    }
    return to;
  }
}
