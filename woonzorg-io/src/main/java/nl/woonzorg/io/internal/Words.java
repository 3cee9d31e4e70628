package nl.woonzorg.io.internal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import org.apiguardian.api.API;

/**
 * Bytes read eight at a time, for the scans every byte of a bulk stream passes through (line ends,
 * UTF-8): read little-endian, the lowest flagged byte of a word is the first in the input, so
 * {@code Long.numberOfTrailingZeros(flags) >>> 3} is its offset.
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class Words {

  /** The high bit of every byte: set in a word's bytes exactly where they are not ASCII. */
  public static final long HIGHS = 0x8080808080808080L;

  /** One in every byte. */
  private static final long ONES = 0x0101010101010101L;

  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  private Words() {}

  /**
   * The high bit of each zero byte of {@code word} and, past the first, perhaps of others: a
   * borrow runs upward only, so the lowest flag is exact. {@code zeros(word ^ b * 0x0101…01)}
   * flags where {@code word} has byte {@code b}.
   */
  public static long zeros(long word) {
    return (word - ONES) & ~word & HIGHS;
  }

  /** The eight bytes of {@code bytes} from {@code index}, little-endian. */
  public static long at(byte[] bytes, int index) {
    return (long) LONGS.get(bytes, index);
  }
}
