package nl.woonzorg.spark.internal;

import java.util.Arrays;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Consecutive lines of one NDJSON file, or records of a Dataset written as lines, gathered to be
 * checked together: their bytes without their line ends, each line followed by {@code \n} in
 * {@link #bytes()} (so that the block reads as NDJSON again), with each line's number and where it
 * starts in the file, or each record's key. Reused from block to block; not thread-safe.
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class Lines {

  private final @Nullable String file;
  private byte[] bytes = new byte[1 << 12];
  private int length;
  private int[] starts = new int[64];
  private long[] offsets = new long[64];
  private @Nullable String[] keys = new String[64];
  private int count;
  private long first;

  /** An empty block of lines of {@code file}, or of records if null. */
  public Lines(@Nullable String file) {
    this.file = file;
  }

  /** The file the lines are read from; null for records of a Dataset. */
  public @Nullable String file() {
    return file;
  }

  /**
   * Adds the first {@code lineLength} bytes of {@code line} as line {@code number}, which starts
   * at byte {@code offset} of the file; lines are added in file order, one after another.
   */
  void add(byte[] line, int lineLength, long number, long offset) {
    add(line, lineLength, number, offset, null);
  }

  /**
   * Adds the first {@code lineLength} bytes of {@code line}, the JSON of the record {@code key}
   * (null if it has none), as the next line.
   */
  void add(byte[] line, int lineLength, @Nullable String key) {
    add(line, lineLength, count + 1L, 0, key);
  }

  private void add(byte[] line, int lineLength, long number, long offset, @Nullable String key) {
    if (count == 0) {
      first = number;
    }
    if (count == starts.length) {
      starts = Arrays.copyOf(starts, 2 * count);
      offsets = Arrays.copyOf(offsets, 2 * count);
      keys = Arrays.copyOf(keys, 2 * count);
    }
    if (length + lineLength + 1 > bytes.length) {
      bytes = Arrays.copyOf(bytes, Math.max(length + lineLength + 1, 2 * bytes.length));
    }
    starts[count] = length;
    keys[count] = key;
    offsets[count++] = offset;
    System.arraycopy(line, 0, bytes, length, lineLength);
    length += lineLength;
    bytes[length++] = '\n';
  }

  void clear() {
    length = 0;
    count = 0;
  }

  /** The lines, each followed by {@code \n}, in the first {@link #length()} bytes. */
  public byte[] bytes() {
    return bytes;
  }

  /** The bytes of all lines, line ends included. */
  public int length() {
    return length;
  }

  /** How many lines there are. */
  public int count() {
    return count;
  }

  /** Where line {@code i} (from 0) starts in {@link #bytes()}. */
  public int start(int i) {
    return starts[i];
  }

  /** The bytes of line {@code i} (from 0), its line end left out. */
  public int length(int i) {
    return (i + 1 < count ? starts[i + 1] : length) - 1 - starts[i];
  }

  /** The number in the file of line {@code i} (from 0), counted from 1. */
  public long number(int i) {
    return first + i;
  }

  /** Where line {@code i} (from 0) starts in the file, counted from 0. */
  public long offset(int i) {
    return offsets[i];
  }

  /** The key of the record on line {@code i} (from 0), if it has one. */
  public @Nullable String key(int i) {
    return keys[i];
  }

  /** Whether line {@code i} (from 0) is blank: spaces and tabs only, as io's readers skip it. */
  public boolean isBlank(int i) {
    for (int at = starts[i], end = at + length(i); at < end; at++) {
      if (bytes[at] != ' ' && bytes[at] != '\t') {
        return false;
      }
    }
    return true;
  }
}
