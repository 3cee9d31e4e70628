package nl.woonzorg.io.ndjson;

import nl.woonzorg.io.internal.Words;

/**
 * Finds line ends in bytes eight at a time. Every byte of a bulk stream passes here, and a loop
 * over single bytes was a twentieth of reading a dwelling record.
 */
final class Newlines {

  private static final long NEWLINES = 0x0A0A0A0A0A0A0A0AL;
  private static final long ONES = 0x0101010101010101L;

  private Newlines() {}

  /**
   * The index of the first {@code \n} in {@code bytes} from {@code from} (inclusive) to {@code
   * to} (exclusive), or {@code to} if there is none.
   */
  static int indexOf(byte[] bytes, int from, int to) {
    int i = from;
    for (; i + Long.BYTES <= to; i += Long.BYTES) {
      // A byte of x is zero exactly where a \n is. (x - ONES) & ~x & HIGHS flags every zero byte
      // and, past the first, perhaps others; read little-endian, the lowest flag is the first.
      long x = Words.at(bytes, i) ^ NEWLINES;
      long zeros = (x - ONES) & ~x & Words.HIGHS;
      if (zeros != 0) {
        return i + (Long.numberOfTrailingZeros(zeros) >>> 3);
      }
    }
    for (; i < to; i++) {
      if (bytes[i] == '\n') {
        return i;
      }
    }
    return to;
  }
}
