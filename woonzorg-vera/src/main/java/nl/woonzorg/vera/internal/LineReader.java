package nl.woonzorg.vera.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * Splits an NDJSON stream into lines, holding one line at a time and never more than the line
 * limit of it: a longer line is reported as too long and skipped unread. Lines end at {@code \n}
 * or {@code \r\n}. Not thread-safe.
 */
public final class LineReader {

  /**
   * One line of the stream.
   *
   * @param number the line's number, from 1
   * @param offset the byte offset of the line's first byte in the stream, from 0
   * @param bytes the line without its end; empty if the line is too long
   * @param tooLong whether the line was longer than the limit
   */
  public record Line(long number, long offset, byte[] bytes, boolean tooLong) {}

  private final InputStream in;
  private final long maxLength;
  private final byte[] buffer = new byte[1 << 16];
  private final ByteArrayOutputStream line = new ByteArrayOutputStream();
  private int position;
  private int limit;
  private long number;
  // The bytes of the stream before those in the buffer.
  private long filled;

  /** Lines of {@code in}, each of at most {@code maxLength} bytes. */
  public LineReader(InputStream in, long maxLength) {
    this.in = in;
    this.maxLength = maxLength;
  }

  /** The next line; null at the end of the stream. */
  public @Nullable Line next() {
    line.reset();
    long offset = filled + position;
    boolean tooLong = false;
    boolean any = false;
    while (true) {
      if (position == limit && !fill()) {
        if (!any) {
          return null;
        }
        break;
      }
      any = true;
      int start = position;
      while (position < limit && buffer[position] != '\n') {
        position++;
      }
      if (!tooLong) {
        if (line.size() + (position - start) > maxLength) {
          tooLong = true;
          line.reset();
        } else {
          line.write(buffer, start, position - start);
        }
      }
      if (position < limit) {
        position++;
        break;
      }
    }
    number++;
    byte[] bytes = line.toByteArray();
    int length = bytes.length;
    if (length > 0 && bytes[length - 1] == '\r') {
      bytes = Arrays.copyOf(bytes, length - 1);
    }
    return new Line(number, offset, tooLong ? new byte[0] : bytes, tooLong);
  }

  private boolean fill() {
    try {
      int read = in.read(buffer);
      if (read <= 0) {
        return false;
      }
      filled += limit;
      position = 0;
      limit = read;
      return true;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
