package nl.woonzorg.io.json;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.function.BiConsumer;
import nl.woonzorg.model.document.DocumentType;
import nl.woonzorg.io.internal.CompactOutput;
import nl.woonzorg.io.internal.DocumentBuffer;
import nl.woonzorg.io.internal.VersionedDocument;
import nl.woonzorg.io.internal.WireMapper;
import org.apiguardian.api.API;
import tools.jackson.core.exc.JacksonIOException;

/**
 * Writes model objects as wire-format documents (<i>wegschrijven</i>): UTF-8, {@code
 * formatVersion} first, then the object's properties in the model's declaration order; empty
 * optionals and empty collections left out; codes as their wire codes, dates as ISO-8601, decimals
 * in plain notation.
 *
 * <p>Deterministic: the same model gives the same bytes, on every platform. {@linkplain
 * #compact() Compact} output is one line; {@linkplain #pretty() pretty} output indents by two
 * spaces and ends lines with {@code \n}. Neither adds a final line break.
 *
 * <p>Immutable and thread-safe. A thread that writes keeps the buffer of its last document, up to
 * 1 MiB, for its next one.
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public final class JsonWriter {

  private static final JsonWriter COMPACT = new JsonWriter(CompactOutput::write);
  private static final JsonWriter PRETTY =
      new JsonWriter(WireMapper.MAPPER.writer().with(WireMapper.PRETTY)::writeValue);

  /** Writes a document into an empty buffer. */
  private final BiConsumer<DocumentBuffer, VersionedDocument> writer;

  private JsonWriter(BiConsumer<DocumentBuffer, VersionedDocument> writer) {
    this.writer = writer;
  }

  /** The writer of compact, one-line documents. */
  public static JsonWriter compact() {
    return COMPACT;
  }

  /** The writer of indented documents, for people. */
  public static JsonWriter pretty() {
    return PRETTY;
  }

  /**
   * The document for {@code document}, as text.
   *
   * @throws IllegalArgumentException if {@code document} is not of a {@link DocumentType}
   */
  public String write(Object document) {
    return new String(writeBytes(document), StandardCharsets.UTF_8);
  }

  /**
   * The document for {@code document}, as UTF-8 bytes.
   *
   * @throws IllegalArgumentException if {@code document} is not of a {@link DocumentType}
   */
  public byte[] writeBytes(Object document) {
    VersionedDocument versioned = versioned(document);
    DocumentBuffer buffer = DocumentBuffer.take();
    try {
      writer.accept(buffer, versioned);
      return buffer.toByteArray();
    } finally {
      buffer.release();
    }
  }

  /**
   * Writes the document for {@code document} to {@code out} in UTF-8, leaving it open.
   *
   * @throws IllegalArgumentException if {@code document} is not of a {@link DocumentType}
   * @throws UncheckedIOException if writing fails
   */
  public void write(Object document, OutputStream out) {
    Objects.requireNonNull(out, "out");
    VersionedDocument versioned = versioned(document);
    DocumentBuffer buffer = DocumentBuffer.take();
    try {
      // Whole or not at all: a document that cannot be written leaves nothing of it in out.
      writer.accept(buffer, versioned);
      buffer.writeTo(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (JacksonIOException e) {
      throw new UncheckedIOException(e.getCause());
    } finally {
      buffer.release();
    }
  }

  private static VersionedDocument versioned(Object document) {
    Objects.requireNonNull(document, "document");
    boolean travels = DocumentType.all().stream()
        .anyMatch(type -> type.modelType().isInstance(document));
    if (!travels) {
      throw new IllegalArgumentException(document.getClass().getName()
          + " is not a document type; documents are " + DocumentType.all());
    }
    return new VersionedDocument(document);
  }
}
