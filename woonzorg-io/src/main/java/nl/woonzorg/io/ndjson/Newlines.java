package nl.woonzorg.io.ndjson;

import nl.woonzorg.io.internal.Words;

/**
 * Finds line ends in bytes eight at a time. Every byte of a bulk stream passes here, and a loop
 * over single bytes was a twentieth of reading a dwelling record.
 */
final class Newlines {

  private static final long NEWLINES = 0x0A0A0A0A0A0A0A0AL;

  private Newlines() {}

  /**
   * The index of the first {@code \n} in {@code bytes} from {@code from} (inclusive) to {@code
   * to} (exclusive), or {@code to} if there is none.
   */
  static int indexOf(byte[] bytes, int from, int to) {
    int i = from;
    for (; i + Long.BYTES <= to; i += Long.BYTES) {
      // The word xor NEWLINES has a zero byte exactly where a \n is; the lowest flag is the first.
      long zeros = Words.zeros(Words.at(bytes, i) ^ NEWLINES);
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
