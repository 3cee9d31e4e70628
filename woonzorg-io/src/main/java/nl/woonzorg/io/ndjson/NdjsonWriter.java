package nl.woonzorg.io.ndjson;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Objects;
import nl.woonzorg.model.document.DocumentType;
import nl.woonzorg.io.json.JsonWriter;
import org.apiguardian.api.API;

/**
 * Writes records as NDJSON: each record a compact document of the wire format, {@code
 * formatVersion} included, followed by {@code \n}. Holds one record at a time.
 *
 * <p>Closing the writer flushes and closes the stream. Not thread-safe: one writer per stream.
 *
 * @param <T> the record type
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public final class NdjsonWriter<T> implements Closeable, Flushable {

  private final DocumentType<T> type;
  private final OutputStream out;
  private long count;

  private NdjsonWriter(DocumentType<T> type, OutputStream out) {
    this.type = type;
    this.out = out;
  }

  /** A writer of records of {@code type} to {@code out}, which it buffers and finally closes. */
  public static <T> NdjsonWriter<T> of(DocumentType<T> type, OutputStream out) {
    return new NdjsonWriter<>(Objects.requireNonNull(type, "type"),
        new BufferedOutputStream(Objects.requireNonNull(out, "out"), 1 << 16));
  }

  /**
   * Writes {@code record} as the next line.
   *
   * @throws IllegalArgumentException if {@code record} is not of this writer's type
   * @throws UncheckedIOException if writing fails
   */
  public void write(T record) {
    if (!type.modelType().isInstance(record)) {
      throw new IllegalArgumentException("not a " + type + " record: " + record);
    }
    JsonWriter.compact().write(record, out);
    try {
      out.write('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    count++;
  }

  /** The number of records written so far. */
  public long count() {
    return count;
  }

  @Override
  public void flush() throws IOException {
    out.flush();
  }

  @Override
  public void close() throws IOException {
    out.close();
  }
}
