package nl.woonzorg.io.internal;

import java.io.CharConversionException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Function;
import nl.woonzorg.model.document.DocumentType;
import nl.woonzorg.io.ProblemKind;
import nl.woonzorg.io.ProblemText;
import nl.woonzorg.io.ReadLimits;
import nl.woonzorg.io.ReadMode;
import nl.woonzorg.io.ReadResult;
import nl.woonzorg.io.WireProblem;
import nl.woonzorg.io.IllFormedInputException;
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
 * How the JSON reader and the NDJSON reader read a document under given {@link ReadLimits}: the
 * parser factory that enforces the limits, the refusal of other encodings than UTF-8 and of
 * ill-formed UTF-8, the one pass that checks and binds a clean document, and the checked reading
 * that reports every problem of one that is not. Not exported: the API is {@code
 * nl.woonzorg.io.json.JsonReader}.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class DocumentReading {

  private final ReadLimits limits;
  private final JsonFactory factory;
  /**
   * Whether a clean document is bound by databind even where the model's builders could take it
   * straight: the reference the binders are tested against.
   */
  private final boolean databindOnly;

  /** The reading of documents under {@code limits}. */
  public DocumentReading(ReadLimits limits) {
    this(limits, false);
  }

  /** The reading of documents under {@code limits}, by databind alone if {@code databindOnly}. */
  DocumentReading(ReadLimits limits, boolean databindOnly) {
    this.limits = limits;
    this.databindOnly = databindOnly;
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

  /** The limits read under. */
  ReadLimits limits() {
    return limits;
  }

  /** The parser factory, with the limits as its constraints. */
  public JsonFactory factory() {
    return factory;
  }

  /**
   * What announces an encoding other than UTF-8 in the first bytes of {@code length} bytes of
   * {@code bytes} from {@code offset}: a byte order mark or NUL bytes; null if nothing does. Such
   * input is refused: RFC 8259 wants exchanged JSON in UTF-8 without a byte order mark; Jackson
   * would skip a UTF-8 mark silently and read UTF-16 or UTF-32 — recognised by a mark or by NUL
   * bytes beside the first ASCII character — as if nothing were wrong. A producer that writes
   * either should hear about it.
   */
  public static @Nullable String otherEncoding(byte[] bytes, int offset, int length) {
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

  private static boolean containsNul(byte[] bytes, int offset, int length) {
    for (int i = offset; i < offset + length; i++) {
      if (bytes[i] == 0) {
        return true;
      }
    }
    return false;
  }

  /** The fatal problem of a document that does not start as UTF-8: it starts with {@code found}. */
  public static <T> ReadResult<T> notUtf8(String found) {
    return ReadResult.of(null, List.of(notUtf8Problem(found)), List.of());
  }

  /** The problem of input that does not start as UTF-8: it starts with {@code found}. */
  public static WireProblem notUtf8Problem(String found) {
    return WireProblem.of(ProblemKind.ENCODING, JsonPointer.root(), SourcePosition.of(1, 1),
        ProblemText.of("encoding.notUtf8Start", found), ProblemText.of("expected.utf8NoBom"),
        ProblemText.verbatim(found));
  }

  /**
   * Reads a document of {@code type} from {@code length} bytes of {@code bytes} from {@code
   * offset}, which are the whole document, after refusing what is not well-formed UTF-8: Jackson
   * would decode some of it silently. {@code base} is where the document starts in the input, for
   * the byte offset of an encoding problem: 0 for a document, the line's offset in an NDJSON
   * stream.
   */
  public <T> ReadResult<T> read(byte[] bytes, int offset, int length, long base,
      DocumentType<T> type, ReadMode mode) {
    String other = otherEncoding(bytes, offset, length);
    if (other != null) {
      return notUtf8(other);
    }
    int illFormed = Utf8.firstIllFormed(bytes, offset, offset + length);
    if (illFormed >= 0) {
      return ReadResult.of(null,
          List.of(Utf8.problem(bytes, offset, illFormed, offset + length, base)), List.of());
    }
    return read(type, mode, context -> factory.createParser(context, bytes, offset, length));
  }

  /**
   * Reads a document of {@code type} from the parser {@code open} gives: in one pass if it is
   * clean, otherwise again with {@link #readChecked}, which reports why it is not.
   */
  public <T> ReadResult<T> read(DocumentType<T> type, ReadMode mode,
      Function<ObjectReadContext, JsonParser> open) {
    T clean = readClean(type, open);
    return clean != null ? ReadResult.of(clean, List.of(), List.of())
        : readChecked(type, mode, open);
  }

  /**
   * Checks and binds the document in one pass, as nearly every document is clean: straight into
   * the model's builders by the {@link ModelBinder}; by databind only for a type it cannot take. Null if it
   * is not clean, and then {@link #readChecked} reads it again to say why. Reporting needs a tree
   * and the origin of each of its nodes, which a clean document can do without.
   */
  private <T> @Nullable T readClean(DocumentType<T> type,
      Function<ObjectReadContext, JsonParser> open) {
    ModelBinder<T> model = databindOnly ? null : ModelBinder.of(type);
    try (JsonParser raw = open.apply(ObjectReadContext.empty())) {
      if (model != null) {
        T value = model.bind(raw, raw.nextToken());
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
  public <T> ReadResult<T> readChecked(DocumentType<T> type, ReadMode mode,
      Function<ObjectReadContext, JsonParser> open) {
    try (JsonParser parser = open.apply(ObjectReadContext.empty())) {
      DocumentChecker checker = new DocumentChecker(parser, limits);
      ObjectNode tree = checker.read(Shape.of(type));
      Problems problems = checker.problems();
      boolean lenient = mode == ReadMode.LENIENT;
      T value = tree == null || (!lenient && !problems.isEmpty()) ? null
          : Binder.bind(tree, type.modelType(), lenient, checker.origins(), problems);
      return problems.result(lenient || problems.isEmpty() ? value : null);
    } catch (JacksonIOException e) {
      if (e.getCause() instanceof IllFormedInputException illFormed) {
        return ReadResult.of(null, List.of(illFormed.problem()), List.of());
      }
      if (e.getCause() instanceof CharConversionException undecodable) {
        // Bytes that do not decode are bad content, not a failing stream.
        return ReadResult.of(null, List.of(WireProblem.of(ProblemKind.ENCODING,
            JsonPointer.root(), null,
            ProblemText.of("encoding.undecodable", String.valueOf(undecodable.getMessage())),
            ProblemText.of("expected.utf8"), ProblemText.of("found.undecodable"))), List.of());
      }
      throw new UncheckedIOException(e.getCause());
    }
  }
}
