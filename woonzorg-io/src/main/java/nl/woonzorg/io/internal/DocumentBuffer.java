package nl.woonzorg.io.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The bytes of one document as it is written, in an array that a thread keeps for its next
 * document, for {@code nl.woonzorg.io.json.JsonWriter}: databind's own {@code writeValueAsBytes}
 * gathers a document in blocks it allocates afresh each time and then copies into the result, and
 * for a large document that took a quarter of the writing. Not exported.
 *
 * <p>A thread keeps at most {@link #KEPT} bytes: a buffer grown for a larger document is let go
 * after it. What a thread keeps is a plain {@code byte[]}, a class of the JDK, so that a thread
 * of an application server's pool does not hold on to this library's class loader after the
 * application is undeployed. Not thread-safe: each thread takes its own with {@link #take()}.
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class DocumentBuffer extends OutputStream {

  /** The largest buffer a thread keeps: a large vision's document is about 630 KiB. */
  static final int KEPT = 1 << 20;

  /** Each thread's array for its next document; null while a document is written in it. */
  private static final ThreadLocal<byte @Nullable []> OWN = new ThreadLocal<>();

  private byte[] bytes;
  /** The bytes written so far; {@link CompactOutput} writes into {@link #room(int)} and moves it. */
  int length;

  private DocumentBuffer(byte[] bytes) {
    this.bytes = bytes;
  }

  /**
   * A buffer, empty, in the calling thread's kept array; in a new one if the thread has none or
   * its array is in use (a document written while another is). Give it back with {@link
   * #release()}.
   */
  public static DocumentBuffer take() {
    byte[] kept = OWN.get();
    if (kept == null) {
      return new DocumentBuffer(new byte[1 << 13]);
    }
    OWN.set(null);
    return new DocumentBuffer(kept);
  }

  /** Keeps the array for the thread's next document, unless it grew larger than {@link #KEPT}. */
  public void release() {
    if (bytes.length <= KEPT) {
      OWN.set(bytes);
    }
  }

  @Override
  public void write(int b) {
    ensure(1);
    bytes[length++] = (byte) b;
  }

  @Override
  public void write(byte[] b, int off, int len) {
    ensure(len);
    System.arraycopy(b, off, bytes, length, len);
    length += len;
  }

  private void ensure(int more) {
    if (bytes.length - length < more) {
      // Doubled, but no further than an array goes: past 1 GiB a doubled int wraps round, and
      // the buffer would then grow by each write's bytes alone, copied whole every time.
      int doubled = (int) Math.min(2L * bytes.length, Integer.MAX_VALUE - 8);
      bytes = Arrays.copyOf(bytes, Math.max(doubled, Math.addExact(length, more)));
    }
  }

  /** The array, with room for {@code more} bytes after {@link #length}. */
  byte[] room(int more) {
    ensure(more);
    return bytes;
  }

  /** The bytes written since {@link #take()}. */
  public byte[] toByteArray() {
    return Arrays.copyOf(bytes, length);
  }

  /** Writes the bytes written since {@link #take()} to {@code out}. */
  public void writeTo(OutputStream out) throws IOException {
    out.write(bytes, 0, length);
  }

  /** Does nothing: the generator closes its target, and the buffer lives on. */
  @Override
  public void close() {}
}
