package nl.woonzorg.vera.json;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.ObjLongConsumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import nl.woonzorg.io.ProblemKind;
import nl.woonzorg.io.ProblemText;
import nl.woonzorg.io.ReadLimits;
import nl.woonzorg.io.ReadMode;
import nl.woonzorg.io.ReadResult;
import nl.woonzorg.io.WireFormatException;
import nl.woonzorg.io.WireProblem;
import nl.woonzorg.io.json.EncodingCheck;
import nl.woonzorg.model.report.JsonPointer;
import nl.woonzorg.model.report.SourcePosition;
import nl.woonzorg.vera.internal.Failures;
import nl.woonzorg.vera.internal.LineReader;
import nl.woonzorg.vera.internal.Mappers;
import nl.woonzorg.vera.internal.Problems;
import nl.woonzorg.vera.internal.Texts;
import nl.woonzorg.vera.internal.UnitReading;
import nl.woonzorg.vera.internal.Where;
import nl.woonzorg.vera.unit.VeraUnit;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads VERA {@code Eenheid} and {@code Eenheden-Eenheid} JSON (<i>VERA-lezer</i>) into {@link
 * VeraUnit}s, losslessly: what is not bound is kept and written back unchanged by {@link
 * VeraWriter}.
 *
 * <p>Three forms: one document, a single object ({@link #read(String)}); the list form the API
 * returns, a bare JSON array ({@link #readArray(InputStream)}); and NDJSON, one object a line
 * ({@link #readNdjson(InputStream)}). Arrays and NDJSON are streamed: a {@link Stream} reads the
 * next element only when it is asked for, so memory stays constant however long the input.
 *
 * <p>As lenient as real payloads need and as strict as the spec allows. A bound attribute whose
 * value does not have the spec's type — a code sent as a bare string, a year as text — is a
 * problem; leniently read, the value is kept passed through, so nothing is lost. Legacy
 * case-duplicate names ({@code Woningwaarderingstelsel}) are read as their lowerCamelCase name;
 * sent together with it, the second is left out and reported ({@code WZ-IO-DUPLICATE-KEY}).
 *
 * <p>Hostile input is refused within {@link ReadLimits}, with the problems of woonzorg-io, each
 * located by JSON Pointer, line and column: a document or an array as a whole within the document
 * limits ({@link ReadLimits#defaults()}, 64 MiB), an NDJSON line within the record limits ({@link
 * ReadLimits#records()}, 1 MiB), a longer line skipped unread. Nesting, strings, names and numbers
 * are bounded as Jackson reads them, before they are held. Problems of the text itself ({@code
 * WZ-IO-SYNTAX}, {@code WZ-IO-LIMIT}, a property twice in an object) end the document, or the
 * NDJSON line.
 *
 * <p>Text must be well-formed, as woonzorg's own readers want it: the bytes of a document (from an
 * array or a stream, up to the document limit) and of each NDJSON line are checked to be UTF-8 as
 * the Unicode standard defines it, and a String to hold no surrogate out of its pair, before
 * Jackson decodes them; anything else is refused with {@code WZ-IO-ENCODING} at its byte (or
 * char) offset. A bare array, streamed, is left to Jackson's decoding, which refuses bytes that do
 * not decode but not every ill-formed sequence (overlong forms pass).
 *
 * <p>Strict (the default): any problem fails with {@link WireFormatException}. Lenient: problems
 * of values are passed to the {@linkplain #withProblemHandler(Consumer) problem handler} (or
 * returned by {@link #readResult(String)}), and reading goes on; an array element that is not an
 * object, or an NDJSON line that cannot be read, is skipped. Immutable and thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class VeraReader {

  private static final Consumer<WireProblem> IGNORE = problem -> { };
  // The most a byte array holds, which bounds a document read whole from a stream.
  private static final int MAX_HELD = Integer.MAX_VALUE - 8;

  private final ReadMode mode;
  private final ReadLimits limits;
  private final ReadLimits recordLimits;
  private final Consumer<WireProblem> problemHandler;
  private final JsonMapper documents;
  private final JsonMapper records;

  private VeraReader(ReadMode mode, ReadLimits limits, ReadLimits recordLimits,
      Consumer<WireProblem> problemHandler) {
    this.mode = mode;
    this.limits = limits;
    this.recordLimits = recordLimits;
    this.problemHandler = problemHandler;
    this.documents = mapper(limits);
    this.records = mapper(recordLimits);
  }

  private static JsonMapper mapper(ReadLimits limits) {
    return Mappers.of(limits);
  }


  /** A strict reader with the default limits: any problem fails the read. */
  public static VeraReader strict() {
    return new VeraReader(ReadMode.STRICT, ReadLimits.defaults(), ReadLimits.records(), IGNORE);
  }

  /**
   * A lenient reader with the default limits: problems of values are reported to the problem
   * handler, which ignores them unless {@linkplain #withProblemHandler(Consumer) set}.
   */
  public static VeraReader lenient() {
    return new VeraReader(ReadMode.LENIENT, ReadLimits.defaults(), ReadLimits.records(), IGNORE);
  }

  /** This reader with the limits for documents and arrays replaced. */
  public VeraReader withLimits(ReadLimits limits) {
    return new VeraReader(mode, Objects.requireNonNull(limits, "limits"), recordLimits,
        problemHandler);
  }

  /** This reader with the limits for one NDJSON line replaced. */
  public VeraReader withRecordLimits(ReadLimits recordLimits) {
    return new VeraReader(mode, limits, Objects.requireNonNull(recordLimits, "recordLimits"),
        problemHandler);
  }

  /**
   * This reader with {@code handler} told every problem a lenient stream meets, in order; a strict
   * reader throws instead. The handler is called on the thread that consumes the stream.
   */
  public VeraReader withProblemHandler(Consumer<WireProblem> handler) {
    return new VeraReader(mode, limits, recordLimits, Objects.requireNonNull(handler, "handler"));
  }

  /**
   * Reads one {@code Eenheid} object.
   *
   * @throws WireFormatException strict: for any problem; lenient: if nothing could be read
   */
  public VeraUnit read(String json) {
    return valueOf(readResult(json));
  }

  /**
   * Reads one {@code Eenheid} object from UTF-8 bytes; columns count bytes.
   *
   * @throws WireFormatException strict: for any problem; lenient: if nothing could be read
   */
  public VeraUnit read(byte[] json) {
    return valueOf(readBytes(json));
  }

  /**
   * Reads UTF-8 {@code json} after refusing what is not well-formed UTF-8, which Jackson would
   * decode without a word and the writer then write as other text than was read.
   */
  private ReadResult<VeraUnit> readBytes(byte[] json) {
    Optional<WireProblem> illFormed = EncodingCheck.utf8(json, 0, json.length, 0);
    if (illFormed.isPresent()) {
      return ReadResult.of(null, List.of(illFormed.get()), List.of());
    }
    return document(mapper -> mapper.createParser(json));
  }

  /**
   * Reads one {@code Eenheid} object from {@code in}, which is read to its end, to make sure
   * nothing follows the object, and not closed.
   *
   * @throws WireFormatException strict: for any problem; lenient: if nothing could be read
   */
  public VeraUnit read(InputStream in) {
    Objects.requireNonNull(in, "in");
    byte[] held;
    try {
      // Held whole, up to the limit, to check its encoding as read(byte[]) does; a longer
      // document goes on to Jackson as a stream, which refuses it where it crosses the limit.
      held = in.readNBytes(limits.maxDocumentLength() < MAX_HELD
          ? (int) limits.maxDocumentLength() + 1 : MAX_HELD);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (held.length <= limits.maxDocumentLength() && held.length < MAX_HELD) {
      return read(held);
    }
    InputStream whole = new SequenceInputStream(new ByteArrayInputStream(held), in);
    return valueOf(document(mapper -> mapper.createParser(whole)));
  }

  /**
   * Reads one {@code Eenheid} object and every problem met, in either mode; never throws {@link
   * WireFormatException}. The value is empty only when a problem of the text ended reading.
   */
  public ReadResult<VeraUnit> readResult(String json) {
    Optional<WireProblem> unpaired = EncodingCheck.utf16(Objects.requireNonNull(json, "json"));
    if (unpaired.isPresent()) {
      return ReadResult.of(null, List.of(unpaired.get()), List.of());
    }
    return document(mapper -> mapper.createParser(json));
  }

  private VeraUnit valueOf(ReadResult<VeraUnit> result) {
    if (result.value().isEmpty() || (mode == ReadMode.STRICT && !result.problems().isEmpty())) {
      throw new WireFormatException(result.problems());
    }
    return result.value().get();
  }

  private ReadResult<VeraUnit> document(Function<JsonMapper, JsonParser> open) {
    Problems problems = new Problems(limits.maxProblems());
    try (JsonParser parser = open.apply(documents)) {
      try {
        JsonToken first = parser.nextToken();
        if (first != JsonToken.START_OBJECT) {
          return ReadResult.of(null, List.of(notAnObject(parser, first, "what.document")),
              List.of());
        }
        VeraUnit unit = UnitReading.read(parser, problems, limits.maxNumberLength());
        trailing(parser, problems);
        return ReadResult.of(unit, problems.listed(), problems.omitted(), List.of(), 0);
      } catch (JacksonException e) {
        List<WireProblem> all = new ArrayList<>(problems.listed());
        all.add(Failures.problem(e, parser));
        return ReadResult.of(null, all, List.of());
      }
    }
  }

  private static WireProblem notAnObject(JsonParser parser, @Nullable JsonToken found,
      String what) {
    if (found == null) {
      return WireProblem.of(ProblemKind.SYNTAX, JsonPointer.root(),
          UnitReading.position(parser.currentLocation()), Texts.text("empty"),
          Texts.text("expected.eenheid"), null);
    }
    return WireProblem.of(ProblemKind.WRONG_TYPE, UnitReading.pointer(parser),
        UnitReading.position(parser.currentTokenLocation()),
        Texts.text("notAnEenheid", Texts.text(what)), Texts.text("expected.jsonObject"),
        found(parser, found));
  }

  /**
   * What the current token {@code found} is: a string or a number by its text, which its token
   * has not (a bare {@code "x"} as a document gave a NullPointerException, found by the fuzz
   * target), any other by the token's fixed text, such as {@code [} or {@code true}.
   */
  private static ProblemText found(JsonParser parser, JsonToken found) {
    return switch (found) {
      case VALUE_STRING -> ProblemText.of("found.string", parser.getString());
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> ProblemText.of("found.number",
          parser.getString());
      default -> ProblemText.verbatim(Objects.requireNonNullElse(found.asString(), found.name()));
    };
  }

  private static void trailing(JsonParser parser, Problems problems) {
    SourcePosition at = UnitReading.position(parser.currentLocation());
    boolean more;
    try {
      more = parser.nextToken() != null;
    } catch (JacksonException e) {
      more = true;
    }
    if (more) {
      problems.add(ProblemKind.TRAILING_CONTENT, new Where(JsonPointer.root(), at),
          Texts.text("trailing"), Texts.text("expected.endOfInput"), null);
    }
  }

  /**
   * Streams the {@code Eenheid} objects of a bare JSON array, the list form of the API, one
   * element at a time. Close the stream to release the parser; {@code in} is not closed.
   * Pointers count from the array: {@code /3/bouwjaar}. Bytes that are not UTF-8 are refused
   * where they are met, as {@code WZ-IO-ENCODING} with their byte offset, line and column, as by
   * {@link #read(byte[])}; the elements before them have been streamed.
   *
   * @throws WireFormatException from the stream's terminal operation: strict, at the first
   *     problem; lenient, at a problem of the text
   */
  public Stream<VeraUnit> readArray(InputStream in) {
    // Checked as it streams: the array is not held whole, so the check of read(byte[]) cannot
    // run before Jackson, which would decode ill-formed UTF-8 without a word.
    JsonParser parser = documents.createParser(
        EncodingCheck.utf8(Objects.requireNonNull(in, "in")));
    return StreamSupport.stream(new ArrayElements(parser), false).onClose(parser::close);
  }

  /**
   * Streams the {@code Eenheid} objects of an NDJSON stream, one line at a time; blank lines are
   * skipped. Close the stream when done; {@code in} is not closed. Problems carry the line of the
   * stream and pointers into the line's object.
   *
   * @throws WireFormatException from the stream's terminal operation: strict, at the first
   *     problem; lenient, never (bad lines are reported and skipped)
   */
  public Stream<VeraUnit> readNdjson(InputStream in) {
    LineReader lines = new LineReader(Objects.requireNonNull(in, "in"),
        recordLimits.maxDocumentLength());
    return StreamSupport.stream(new NdjsonRecords(lines), false);
  }

  /**
   * Reads the {@code Eenheid} objects of an NDJSON stream as {@link #readNdjson(InputStream)}
   * streams them, handing each to {@code onUnit} with the number of its line, from 1, blank and
   * skipped lines counted: what is found of a unit after reading, such as an unknown area code, can
   * then be located as the reader's own problems are, rather than by a count of units that drifts
   * from the file's lines. {@code in} is not closed.
   *
   * @throws WireFormatException strict, at the first problem; lenient, never (bad lines are
   *     reported and skipped)
   * @since 0.2.0
   */
  public void readNdjson(InputStream in, ObjLongConsumer<? super VeraUnit> onUnit) {
    Objects.requireNonNull(onUnit, "onUnit");
    NdjsonRecords records = new NdjsonRecords(new LineReader(Objects.requireNonNull(in, "in"),
        recordLimits.maxDocumentLength()));
    boolean more;
    do {
      more = records.tryAdvance(unit -> onUnit.accept(unit, records.line));
    } while (more);
  }

  private void handle(List<WireProblem> problems) {
    if (problems.isEmpty()) {
      return;
    }
    if (mode == ReadMode.STRICT) {
      throw new WireFormatException(problems);
    }
    problems.forEach(problemHandler);
  }

  private final class ArrayElements extends Spliterators.AbstractSpliterator<VeraUnit> {

    private final JsonParser parser;
    private boolean started;

    ArrayElements(JsonParser parser) {
      super(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL);
      this.parser = parser;
    }

    @Override
    public boolean tryAdvance(Consumer<? super VeraUnit> action) {
      try {
        if (!started) {
          started = true;
          JsonToken first = parser.nextToken();
          if (first != JsonToken.START_ARRAY) {
            throw new WireFormatException(List.of(notAnArray(first)));
          }
        }
        while (true) {
          JsonToken token = parser.nextToken();
          Problems problems = new Problems(limits.maxProblems());
          if (token == JsonToken.END_ARRAY) {
            trailing(parser, problems);
            handle(problems.listed());
            return false;
          }
          if (token != JsonToken.START_OBJECT) {
            WireProblem problem = notAnObject(parser, token, "what.element");
            parser.skipChildren();
            handle(List.of(problem));
            continue;
          }
          VeraUnit unit = UnitReading.read(parser, problems, limits.maxNumberLength());
          handle(problems.listed());
          action.accept(unit);
          return true;
        }
      } catch (JacksonException e) {
        throw new WireFormatException(List.of(Failures.problem(e, parser)));
      }
    }

    private WireProblem notAnArray(@Nullable JsonToken first) {
      if (first == null) {
        return notAnObject(parser, null, "what.document");
      }
      return WireProblem.of(ProblemKind.WRONG_TYPE, JsonPointer.root(),
          UnitReading.position(parser.currentTokenLocation()),
          Texts.text("notAList"), Texts.text("expected.jsonArray"),
          found(parser, first));
    }
  }

  private final class NdjsonRecords extends Spliterators.AbstractSpliterator<VeraUnit> {

    private final LineReader lines;
    /** The number of the line of the unit handed over last. */
    private long line;

    NdjsonRecords(LineReader lines) {
      super(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL);
      this.lines = lines;
    }

    @Override
    public boolean tryAdvance(Consumer<? super VeraUnit> action) {
      LineReader.Line line;
      while ((line = lines.next()) != null) {
        if (line.tooLong()) {
          handle(List.of(WireProblem.of(ProblemKind.LIMIT, JsonPointer.root(),
              SourcePosition.of(1, 1), Texts.text("lineTooLong", Long.toString(line.number()),
                  Long.toString(recordLimits.maxDocumentLength())),
              Texts.text("expected.lineLength",
                  Long.toString(recordLimits.maxDocumentLength())), null)
              .atLine(Math.toIntExact(Math.min(line.number(), Integer.MAX_VALUE)))));
          continue;
        }
        if (blank(line.bytes())) {
          continue;
        }
        VeraUnit unit = record(line);
        if (unit != null) {
          this.line = line.number();
          action.accept(unit);
          return true;
        }
      }
      return false;
    }

    private static boolean blank(byte[] bytes) {
      for (byte b : bytes) {
        if (b != ' ' && b != '\t' && b != '\r') {
          return false;
        }
      }
      return true;
    }

    private @Nullable VeraUnit record(LineReader.Line line) {
      int number = Math.toIntExact(Math.min(line.number(), Integer.MAX_VALUE));
      Optional<WireProblem> illFormed =
          EncodingCheck.utf8(line.bytes(), 0, line.bytes().length, line.offset());
      if (illFormed.isPresent()) {
        handle(List.of(illFormed.get().atLine(number)));
        return null;
      }
      Problems problems = new Problems(recordLimits.maxProblems());
      List<WireProblem> found = new ArrayList<>();
      @Nullable VeraUnit unit = null;
      try (JsonParser parser = records.createParser(line.bytes())) {
        try {
          JsonToken first = parser.nextToken();
          if (first == JsonToken.START_OBJECT) {
            unit = UnitReading.read(parser, problems, recordLimits.maxNumberLength());
            trailing(parser, problems);
          } else {
            found.add(notAnObject(parser, first, "what.line"));
          }
        } catch (JacksonException e) {
          unit = null;
          found.add(Failures.problem(e, parser));
        }
      }
      List<WireProblem> all = new ArrayList<>(problems.listed());
      all.addAll(found);
      handle(all.stream().map(problem -> problem.atLine(number)).toList());
      return unit;
    }
  }
}
