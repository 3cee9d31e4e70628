package nl.woonzorg.io.json;

import java.io.ByteArrayInputStream;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import nl.woonzorg.io.DocumentType;
import nl.woonzorg.io.ProblemKind;
import nl.woonzorg.io.ReadLimits;
import nl.woonzorg.io.ReadMode;
import nl.woonzorg.io.ReadResult;
import nl.woonzorg.io.WireFormatException;
import nl.woonzorg.io.WireProblem;
import nl.woonzorg.model.report.JsonPointer;
import nl.woonzorg.model.report.SourcePosition;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads wire-format documents into the model (<i>inlezen</i>), checking them against the shipped
 * JSON Schema and the model's invariants and locating every problem by JSON Pointer, line and
 * column.
 *
 * <p>A reader is {@linkplain ReadMode#STRICT strict} or {@linkplain ReadMode#LENIENT lenient} and
 * guarded by {@link ReadLimits}. Input must be UTF-8 without a byte order mark. Within one document
 * problems are reported in the order met; reading goes on past recoverable problems in both modes,
 * so that one pass reports them all, and stops at the first fatal one ({@link
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
  private final JsonFactory factory;

  private JsonReader(ReadMode mode, ReadLimits limits) {
    this.mode = mode;
    this.limits = limits;
    this.factory = JsonFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxNestingDepth(limits.maxNestingDepth())
            .maxStringLength(limits.maxStringLength())
            .maxNameLength(limits.maxNameLength())
            .maxNumberLength(limits.maxNumberLength())
            .maxDocumentLength(limits.maxDocumentLength())
            .build())
        // The caller owns the stream it hands over.
        .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
        // Keep document content out of exception messages: they end up in logs.
        .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
        .build();
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

  /** The parser factory, with this reader's limits as its constraints. */
  JsonFactory factory() {
    return factory;
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

  /** Reads a document of {@code type} from {@code json}, reporting rather than throwing. */
  public <T> ReadResult<T> readResult(String json, DocumentType<T> type) {
    Objects.requireNonNull(json, "json");
    if (json.startsWith("\uFEFF")) {
      return notUtf8("a byte order mark");
    }
    return parse(type, context -> factory.createParser(context, json));
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
    String other = otherEncoding(json, offset, length);
    if (other != null) {
      return notUtf8(other);
    }
    return parse(type, context -> factory.createParser(context, json, offset, length));
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
    String other = otherEncoding(held, 0, held.length);
    if (other != null) {
      return notUtf8(other);
    }
    InputStream whole = new SequenceInputStream(new ByteArrayInputStream(held), json);
    return readChecked(type, context -> factory.createParser(context, whole));
  }

  /**
   * What announces an encoding other than UTF-8 in the first bytes of {@code length} bytes of
   * {@code bytes} from {@code offset}: a byte order mark or NUL bytes; null if nothing does. Such
   * input is refused: RFC 8259 wants exchanged JSON in UTF-8 without a byte order mark; Jackson
   * would skip a UTF-8 mark silently and read UTF-16 or UTF-32 — recognised by a mark or by NUL
   * bytes beside the first ASCII character — as if nothing were wrong. A producer that writes
   * either should hear about it.
   */
  static @Nullable String otherEncoding(byte[] bytes, int offset, int length) {
    int head = Math.min(length, 4);
    if (head >= 3 && bytes[offset] == (byte) 0xEF && bytes[offset + 1] == (byte) 0xBB
        && bytes[offset + 2] == (byte) 0xBF) {
      return "a byte order mark";
    } else if (head >= 2 && (bytes[offset] == (byte) 0xFE && bytes[offset + 1] == (byte) 0xFF
        || bytes[offset] == (byte) 0xFF && bytes[offset + 1] == (byte) 0xFE)) {
      return "a UTF-16 byte order mark";
    } else if (containsNul(bytes, offset, head)) {
      return "NUL bytes, as UTF-16 or UTF-32 text has";
    }
    return null;
  }

  private static <T> ReadResult<T> notUtf8(String found) {
    return ReadResult.of(null, List.of(WireProblem.of(ProblemKind.ENCODING, JsonPointer.root(),
        SourcePosition.of(1, 1), "the document does not start as UTF-8 without a byte order"
            + " mark: it starts with " + found, "UTF-8 without a byte order mark", found)),
        List.of());
  }

  private static boolean containsNul(byte[] bytes, int offset, int length) {
    for (int i = offset; i < offset + length; i++) {
      if (bytes[i] == 0) {
        return true;
      }
    }
    return false;
  }

  private <T> ReadResult<T> parse(DocumentType<T> type,
      Function<ObjectReadContext, JsonParser> open) {
    Objects.requireNonNull(type, "type");
    T clean = readClean(type, open);
    return clean != null ? ReadResult.of(clean, List.of(), List.of()) : readChecked(type, open);
  }

  /**
   * Checks and binds the document in one pass, as nearly every document is clean: straight into
   * the model's builder if the document is {@linkplain FlatBinder flat}. Null if it is not clean,
   * and then {@link #readChecked} reads it again to say why. Reporting needs a tree and the origin
   * of each of its nodes, which a clean document can do without.
   */
  private <T> @Nullable T readClean(DocumentType<T> type,
      Function<ObjectReadContext, JsonParser> open) {
    FlatBinder<T> flat = FlatBinder.of(type);
    try (JsonParser raw = open.apply(ObjectReadContext.empty())) {
      if (flat != null) {
        T value = flat.bind(raw, raw.nextToken());
        return raw.nextToken() == null ? value : null;
      }
      JsonParser parser = new CheckingParser(raw, Shape.of(type));
      T value = type.modelType().cast(WireMapper.binder(type).readValue(parser));
      return parser.nextToken() == null ? value : null;
    } catch (RuntimeException notClean) {
      // Whatever stopped the pass — a deviation from the schema, a broken model invariant, bad
      // syntax or encoding, a crossed limit — the checked reading finds, locates and reports.
      return null;
    }
  }

  /** Reads the document against the schema into a tree, reporting every problem, then binds it. */
  private <T> ReadResult<T> readChecked(DocumentType<T> type,
      Function<ObjectReadContext, JsonParser> open) {
    try (JsonParser parser = open.apply(ObjectReadContext.empty())) {
      DocumentChecker checker = new DocumentChecker(parser, limits);
      ObjectNode tree = checker.read(Shape.of(type));
      List<WireProblem> problems = new ArrayList<>(checker.problems());
      List<JsonPointer> dropped = new ArrayList<>(checker.dropped());
      boolean lenient = mode == ReadMode.LENIENT;
      T value = tree == null || (!lenient && !problems.isEmpty()) ? null
          : Binder.bind(tree, type.modelType(), lenient, checker.origins(), problems, dropped);
      return ReadResult.of(lenient || problems.isEmpty() ? value : null, problems, dropped);
    } catch (JacksonIOException e) {
      if (e.getCause() instanceof CharConversionException undecodable) {
        // Bytes that do not decode are bad content, not a failing stream.
        return ReadResult.of(null, List.of(WireProblem.of(ProblemKind.ENCODING,
            JsonPointer.root(), null, "the document is not valid UTF-8: "
                + undecodable.getMessage(), "UTF-8", "bytes that do not decode")), List.of());
      }
      throw new UncheckedIOException(e.getCause());
    }
  }

  private <T> T value(ReadResult<T> result) {
    if (mode == ReadMode.STRICT) {
      return result.orElseThrow();
    }
    return result.value().orElseThrow(() -> new WireFormatException(result.problems()));
  }
}
