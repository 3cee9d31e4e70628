package nl.woonzorg.io.internal;

import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/**
 * A code list looked up by the bytes of a code as they stand in the input, for {@link FlatLines}:
 * the model's table takes a string or characters, and making either of bytes is a pass over them
 * and often an allocation, for every code of every record. The VERA codes a dwelling record holds
 * have three or four letters, so a code of at most eight ASCII bytes is held as the number those
 * bytes make, and found by one hash and one comparison of two longs. Any other code is looked up
 * in the model's table, through {@link CodedDeserializer}, which thus decides alone which codes
 * exist.
 *
 * <p>Immutable and thread-safe; a lookup of a short code allocates nothing.
 */
final class AsciiCodes {

  /** The longest code held as a number: the bytes of a long. */
  private static final int PACKED = Long.BYTES;

  private final CodedDeserializer<?> codes;
  /** The packed codes in an open-addressed table, 0 for an empty slot, at most half full. */
  private final long[] keys;
  private final Object[] entries;

  AsciiCodes(CodedDeserializer<?> codes) {
    this.codes = codes;
    int size = Integer.highestOneBit(Math.max(1, codes.codes().size()) * 4 - 1);
    keys = new long[size];
    entries = new Object[size];
    for (String code : codes.codes()) {
      byte[] bytes = code.getBytes(StandardCharsets.UTF_8);
      if (bytes.length == code.length() && !code.isEmpty() && bytes.length <= PACKED) {
        int slot = slot(pack(bytes, 0, bytes.length));
        while (keys[slot] != 0) {
          slot = (slot + 1) & (keys.length - 1);
        }
        keys[slot] = pack(bytes, 0, bytes.length);
        entries[slot] = codes.lookup(code);
      }
    }
  }

  /**
   * The entry whose code is the bytes {@code from} to {@code to} of {@code bytes}, which are ASCII
   * and none of them 0; null if there is none. Reads no byte at or after {@code limit}, the end of
   * the caller's range.
   */
  @Nullable Object find(byte[] bytes, int from, int to, int limit) {
    int length = to - from;
    if (length == 0 || length > PACKED) {
      return codes.lookup(new String(bytes, from, length, StandardCharsets.ISO_8859_1));
    }
    // No byte is 0, so a code packs to a number no other code, nor an empty slot, has. Where a
    // word's bytes follow, the code is read as one and the bytes after it masked off.
    long key = from + PACKED <= limit
        ? Words.at(bytes, from) & -1L >>> (PACKED - length) * Byte.SIZE : pack(bytes, from, to);
    for (int slot = slot(key); keys[slot] != 0; slot = (slot + 1) & (keys.length - 1)) {
      if (keys[slot] == key) {
        return entries[slot];
      }
    }
    return null;
  }

  /** The bytes as {@link Words#at} reads them, little-endian, with zeros for the bytes after. */
  private static long pack(byte[] bytes, int from, int to) {
    long key = 0;
    for (int i = to - 1; i >= from; i--) {
      key = key << Byte.SIZE | (bytes[i] & 0xFF);
    }
    return key;
  }

  private int slot(long key) {
    // Fibonacci hashing: the top bits of the product mix every byte of the code.
    return (int) ((key * 0x9E3779B97F4A7C15L) >>> (Long.SIZE - Integer.numberOfTrailingZeros(
        keys.length))) & (keys.length - 1);
  }
}
