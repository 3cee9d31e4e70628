package nl.woonzorg.io.json;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import nl.woonzorg.model.document.DocumentType;
import nl.woonzorg.io.ProblemKind;
import nl.woonzorg.io.ReadLimits;
import nl.woonzorg.io.ReadMode;
import nl.woonzorg.io.ReadResult;
import nl.woonzorg.io.WireFormatException;
import nl.woonzorg.io.internal.DocumentReading;
import nl.woonzorg.io.internal.TypeDetection;
import nl.woonzorg.io.internal.Utf16;
import nl.woonzorg.io.internal.Utf8Stream;
import org.apiguardian.api.API;

/**
 * Reads wire-format documents into the model (<i>inlezen</i>), checking them against the shipped
 * JSON Schema and the model's invariants and locating every problem by JSON Pointer, line and
 * column.
 *
 * <p>A reader is {@linkplain ReadMode#STRICT strict} or {@linkplain ReadMode#LENIENT lenient} and
 * guarded by {@link ReadLimits}. Input must be well-formed UTF-8 without a byte order mark: the
 * first ill-formed sequence (an overlong form, a surrogate, a code point beyond U+10FFFF, a stray
 * or missing continuation byte) is a fatal {@link ProblemKind#ENCODING} problem at its byte. Within
 * one document problems are reported in the order met; reading goes on past recoverable problems
 * in both modes, so that one pass reports them all, and stops at the first fatal one ({@link
 * ProblemKind#isFatal()}).
 *
 * <ul>
 *   <li>{@code read(…)} returns the value. A strict reader throws {@link WireFormatException} on
 *       any problem; a lenient one only when nothing could be kept.
 *   <li>{@code readResult(…)} never throws {@code WireFormatException}: it returns the value (in
 *       strict mode only for a clean document), the problems and what was dropped.
 * </ul>
 *
 * <p>Immutable and thread-safe: one reader may serve any number of threads.
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public final class JsonReader {

  private static final JsonReader STRICT = new JsonReader(ReadMode.STRICT, ReadLimits.defaults());
  private static final JsonReader LENIENT = new JsonReader(ReadMode.LENIENT, ReadLimits.defaults());

  /** The most of a stream held in memory: the largest array a JVM reliably allocates. */
  private static final int MAX_HELD = Integer.MAX_VALUE - 8;

  private final ReadMode mode;
  private final ReadLimits limits;
  private final DocumentReading reading;

  private JsonReader(ReadMode mode, ReadLimits limits) {
    this.mode = mode;
    this.limits = limits;
    this.reading = new DocumentReading(limits);
  }

  /**
   * The document type the UTF-8 document {@code json} holds: the one its {@code documentType}
   * names (format 1.1), otherwise the one its root's property names fit best (format 1.0). Only
   * the root's names count, so neither the nesting depth nor a limit or a break further on
   * changes the answer, and a root with only a vision's properties is a vision. Text that is not
   * a JSON object gives {@link DocumentType#VISION}, whose reading reports what is wrong. Never
   * throws on content; reads {@code json} once, without the reader's limits.
   *
   * @throws NullPointerException if {@code json} is null
   * @since 0.2.0
   */
  public static DocumentType<?> detectType(byte[] json) {
    return TypeDetection.detect(Objects.requireNonNull(json, "json"));
  }

  /** A strict reader with the {@linkplain ReadLimits#defaults() default limits}. */
  public static JsonReader strict() {
    return STRICT;
  }

  /** A lenient reader with the {@linkplain ReadLimits#defaults() default limits}. */
  public static JsonReader lenient() {
    return LENIENT;
  }

  /** A reader like this one in {@code mode}. */
  public JsonReader withMode(ReadMode mode) {
    return new JsonReader(Objects.requireNonNull(mode, "mode"), limits);
  }

  /** A reader like this one with {@code limits}. */
  public JsonReader withLimits(ReadLimits limits) {
    return new JsonReader(mode, Objects.requireNonNull(limits, "limits"));
  }

  /** This reader's mode. */
  public ReadMode mode() {
    return mode;
  }

  /** This reader's limits. */
  public ReadLimits limits() {
    return limits;
  }

  /**
   * Reads a document of {@code type} from {@code json}.
   *
   * @throws WireFormatException in strict mode on any problem, in lenient mode if nothing could
   *     be kept
   */
  public <T> T read(String json, DocumentType<T> type) {
    return value(readResult(json, type));
  }

  /**
   * Reads a document of {@code type} from UTF-8 {@code json}.
   *
   * @throws WireFormatException in strict mode on any problem, in lenient mode if nothing could
   *     be kept
   */
  public <T> T read(byte[] json, DocumentType<T> type) {
    return value(readResult(json, type));
  }

  /**
   * Reads a document of {@code type} from the UTF-8 stream {@code json}, which is left open.
   *
   * @throws WireFormatException in strict mode on any problem, in lenient mode if nothing could
   *     be kept
   * @throws UncheckedIOException if reading the stream fails
   */
  public <T> T read(InputStream json, DocumentType<T> type) {
    return value(readResult(json, type));
  }

  /**
   * Reads a document of {@code type} from the UTF-8 file {@code file}.
   *
   * @throws WireFormatException in strict mode on any problem, in lenient mode if nothing could
   *     be kept
   * @throws IOException if the file cannot be read
   */
  public <T> T read(Path file, DocumentType<T> type) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, type);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /**
   * Reads a document of {@code type} from {@code json}, reporting rather than throwing. A
   * surrogate out of its pair is refused as ill-formed text, {@code WZ-IO-ENCODING} at its char
   * offset, as ill-formed UTF-8 is from bytes.
   */
  public <T> ReadResult<T> readResult(String json, DocumentType<T> type) {
    Objects.requireNonNull(json, "json");
    if (json.startsWith("\uFEFF")) {
      return DocumentReading.notUtf8("a byte order mark");
    }
    // Characters, not bytes: the one way they can be ill-formed is a surrogate out of its pair,
    // which Jackson would take into a value and the writer could not write back.
    int unpaired = Utf16.firstUnpaired(json);
    if (unpaired >= 0) {
      return ReadResult.of(null, List.of(Utf16.problem(json, unpaired)), List.of());
    }
    return reading.read(Objects.requireNonNull(type, "type"), mode,
        context -> reading.factory().createParser(context, json));
  }

  /** Reads a document of {@code type} from UTF-8 {@code json}, reporting rather than throwing. */
  public <T> ReadResult<T> readResult(byte[] json, DocumentType<T> type) {
    return readResult(json, 0, json.length, type);
  }

  /**
   * Reads a document of {@code type} from {@code length} UTF-8 bytes of {@code json} from {@code
   * offset}, reporting rather than throwing.
   *
   * @throws IndexOutOfBoundsException if the range lies outside {@code json}
   */
  public <T> ReadResult<T> readResult(byte[] json, int offset, int length,
      DocumentType<T> type) {
    Objects.checkFromIndexSize(offset, length, json.length);
    return reading.read(json, offset, length, 0, Objects.requireNonNull(type, "type"), mode);
  }

  /**
   * Reads a document of {@code type} from the UTF-8 stream {@code json}, which is left open,
   * reporting rather than throwing.
   *
   * @throws UncheckedIOException if reading the stream fails
   */
  public <T> ReadResult<T> readResult(InputStream json, DocumentType<T> type) {
    Objects.requireNonNull(json, "json");
    Objects.requireNonNull(type, "type");
    byte[] held;
    try {
      // Held whole, so that a document that is not clean can be read a second time to report
      // it; the limit bounds what is held. A stream longer than the limit is read as a stream
      // by the checked reader, which refuses it where it crosses the limit.
      held = json.readNBytes(limits.maxDocumentLength() < MAX_HELD
          ? (int) limits.maxDocumentLength() + 1 : MAX_HELD);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    // Fewer bytes than asked for means the stream has ended: the document is all held.
    if (held.length <= limits.maxDocumentLength() && held.length < MAX_HELD) {
      return readResult(held, type);
    }
    String other = DocumentReading.otherEncoding(held, 0, held.length);
    if (other != null) {
      return DocumentReading.notUtf8(other);
    }
    InputStream whole = new Utf8Stream(new SequenceInputStream(new ByteArrayInputStream(held),
        json));
    return reading.readChecked(type, mode,
        context -> reading.factory().createParser(context, whole));
  }

  private <T> T value(ReadResult<T> result) {
    if (mode == ReadMode.STRICT) {
      return result.orElseThrow();
    }
    return result.value().orElseThrow(() -> new WireFormatException(result.problems()));
  }
}
