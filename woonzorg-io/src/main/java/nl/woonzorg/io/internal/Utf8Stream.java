package nl.woonzorg.io.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import nl.woonzorg.io.WireProblem;
import nl.woonzorg.io.IllFormedInputException;
import nl.woonzorg.model.report.SourcePosition;
import org.apiguardian.api.API;

/**
 * A stream that passes its input's bytes on and refuses, with {@link IllFormedInputException},
 * input that is not UTF-8 as woonzorg's readers take it: the checks of {@link Utf8} and {@link
 * DocumentReading#otherEncoding} for input too long to hold whole, such as a VERA array read
 * element by element. Memory stays bounded: a sequence cut by a read's end is carried (at most
 * three bytes) and checked with the bytes that complete it, before those reach the caller.
 * Lines are counted as the bytes pass, so that a problem has the line and column it would have
 * had in held input. Not exported; not thread-safe.
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class Utf8Stream extends FilterInputStream {

  private static final int HEAD = 4;

  private final byte[] head = new byte[HEAD];
  private int headLength;
  private boolean headChecked;
  /** The start of a sequence the previous read cut short, checked with the next read's bytes. */
  private final byte[] carried = new byte[3];
  private int carriedLength;
  private byte[] joined = new byte[0];
  private final byte[] one = new byte[1];
  /** The offset in the input of the first byte not yet checked (of {@link #carried} if any). */
  private long offset;
  private long line = 1;
  private long lineStart;
  private boolean afterCr;

  public Utf8Stream(InputStream in) {
    super(in);
  }

  @Override
  public int read() throws IOException {
    int n = read(one, 0, 1);
    return n < 0 ? -1 : one[0] & 0xFF;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    int n = in.read(b, off, len);
    if (n < 0) {
      end();
    } else {
      checkHead(b, off, n);
      check(b, off, n);
    }
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    // Skipped bytes must be checked too: read them.
    byte[] buffer = new byte[(int) Math.min(Math.max(n, 0), 8192)];
    long skipped = 0;
    while (skipped < n) {
      int read = read(buffer, 0, (int) Math.min(buffer.length, n - skipped));
      if (read < 0) {
        break;
      }
      skipped += read;
    }
    return skipped;
  }

  @Override
  public boolean markSupported() {
    return false;
  }

  @Override
  public synchronized void mark(int readlimit) {
    // Not supported: the check would see the bytes after a reset twice.
  }

  @Override
  public synchronized void reset() throws IOException {
    throw new IOException("mark/reset not supported");
  }

  private void end() throws IOException {
    if (!headChecked) {
      headChecked = true;
      refuseOtherEncoding();
    }
    if (carriedLength > 0) {
      throw refused(Utf8.problem(carried, 0, carriedLength, offset, position(offset)));
    }
  }

  /** Gathers the first four bytes, which tell whether the input starts as another encoding. */
  private void checkHead(byte[] b, int off, int n) throws IOException {
    if (headChecked) {
      return;
    }
    int take = Math.min(n, HEAD - headLength);
    System.arraycopy(b, off, head, headLength, take);
    headLength += take;
    if (headLength == HEAD) {
      headChecked = true;
      refuseOtherEncoding();
    }
  }

  private void refuseOtherEncoding() throws IOException {
    String other = DocumentReading.otherEncoding(head, 0, headLength);
    if (other != null) {
      throw refused(DocumentReading.notUtf8Problem(other));
    }
  }

  private void check(byte[] b, int off, int n) throws IOException {
    byte[] bytes = b;
    int from = off;
    int to = off + n;
    if (carriedLength > 0) {
      // Rare: only where a read ends inside a sequence.
      int length = carriedLength + n;
      if (joined.length < length) {
        joined = new byte[Math.max(length, 2 * joined.length)];
      }
      System.arraycopy(carried, 0, joined, 0, carriedLength);
      System.arraycopy(b, off, joined, carriedLength, n);
      bytes = joined;
      from = 0;
      to = length;
      carriedLength = 0;
    }
    int complete = to - cutShort(bytes, from, to);
    int at = Utf8.firstIllFormed(bytes, from, complete);
    if (at >= 0) {
      countLines(bytes, from, at);
      throw refused(Utf8.problem(bytes, at, to, offset, position(offset)));
    }
    countLines(bytes, from, complete);
    carriedLength = to - complete;
    System.arraycopy(bytes, complete, carried, 0, carriedLength);
  }

  /**
   * How many bytes at the end of {@code from..to} begin a sequence that needs bytes past {@code
   * to}: 0 to 3. Bytes that could never form a sequence are left to {@link Utf8#firstIllFormed}.
   */
  private static int cutShort(byte[] bytes, int from, int to) {
    for (int i = to - 1; i >= Math.max(from, to - 3); i--) {
      int b = bytes[i] & 0xFF;
      if ((b & 0xC0) != 0x80) {
        int length = b < 0x80 ? 1 : Utf8.length(b);
        return length > to - i ? to - i : 0;
      }
    }
    return 0;
  }

  /** Counts lines as Jackson ends them, at {@code \n}, {@code \r} or {@code \r\n}. */
  private void countLines(byte[] bytes, int from, int to) {
    for (int i = from; i < to; i++) {
      byte b = bytes[i];
      if (b == '\n') {
        if (!afterCr) {
          line++;
        }
        lineStart = offset + i - from + 1;
        afterCr = false;
      } else if (b == '\r') {
        line++;
        lineStart = offset + i - from + 1;
        afterCr = true;
      } else {
        afterCr = false;
      }
    }
    offset += to - from;
  }

  private SourcePosition position(long at) {
    return SourcePosition.of(saturated(line), saturated(at - lineStart + 1));
  }

  private static int saturated(long value) {
    return (int) Math.min(value, Integer.MAX_VALUE);
  }

  private static IllFormedInputException refused(WireProblem problem) {
    return new IllFormedInputException(problem);
  }
}
