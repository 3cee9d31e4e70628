package nl.woonzorg.io.internal;

import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.woonzorg.io.FormatVersion;
import nl.woonzorg.io.ProblemKind;
import nl.woonzorg.io.ProblemText;
import nl.woonzorg.io.ReadLimits;
import nl.woonzorg.io.WireProblem;
import nl.woonzorg.model.report.JsonPointer;
import nl.woonzorg.model.report.SourcePosition;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads one document token by token against its {@link Shape}, collecting every problem with its
 * place (listing as many as the limits allow), and builds a tree of what may be kept. Whether a value fits is {@link Fit}'s decision,
 * as it is for the one-pass readers; here each misfit becomes a problem. One instance reads one
 * document; not thread-safe.
 *
 * <p>Reading follows the schema, not the input: a value of the wrong kind is skipped by the
 * parser without descending into it, so hostile nesting costs no stack, and the parser's limits
 * stop what is too long or too deep before it is held.
 */
final class DocumentChecker {

  private static final JsonPointer TYPE = JsonPointer.of(FormatVersion.TYPE_PROPERTY);

  /** Where a kept object or array came from: its pointer and position in the text. */
  record Origin(JsonPointer pointer, @Nullable SourcePosition position) {}

  private static final Pattern UNEXPECTED_CHARACTER =
      Pattern.compile("Unexpected character \\(('.{1,2}') \\(code");
  private static final Pattern UNRECOGNIZED_TOKEN =
      Pattern.compile("(?:Unrecognized|Non-standard) token '([^']*)'");
  private static final Pattern CONTROL_CHARACTER = Pattern.compile("CTRL-CHAR, code (\\d+)");
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final int SHOWN = 60;

  private final JsonParser parser;
  private final ReadLimits limits;
  private final Problems problems;
  private final Map<JsonNode, Origin> origins = new IdentityHashMap<>();

  DocumentChecker(JsonParser parser, ReadLimits limits) {
    this.parser = parser;
    this.limits = limits;
    this.problems = new Problems(limits);
  }

  /** The problems met and the places dropped, for binding to add to. */
  Problems problems() {
    return problems;
  }

  Map<JsonNode, Origin> origins() {
    return origins;
  }

  /**
   * Reads the document; null if a fatal problem ended reading or the root could not be kept.
   */
  @Nullable ObjectNode read(Shape root) {
    try {
      if (parser.nextToken() == null) {
        problems.add(WireProblem.of(ProblemKind.SYNTAX, JsonPointer.root(),
            position(parser.currentLocation()), text("syntax.empty"), expected(root),
            text("found.endOfInput")));
        return null;
      }
      JsonNode document = value(root, JsonPointer.root());
      checkEnd();
      return (ObjectNode) document;
    } catch (Fatal fatal) {
      return null;
    } catch (StreamReadException | StreamConstraintsException e) {
      problems.add(translate(e));
      return null;
    }
  }

  private void checkEnd() {
    JsonToken next;
    try {
      next = parser.nextToken();
    } catch (StreamReadException | StreamConstraintsException e) {
      problems.add(WireProblem.of(ProblemKind.TRAILING_CONTENT, JsonPointer.root(),
          position(e.getLocation()), text("trailing.content"), text("expected.endOfInput"),
          syntax(e.getOriginalMessage())));
      return;
    }
    if (next != null) {
      problems.add(WireProblem.of(ProblemKind.TRAILING_CONTENT, JsonPointer.root(), here(),
          text("trailing.content"), text("expected.endOfInput"), found(next)));
    }
  }

  /**
   * A document of another type than the reader was asked for, as its documentType says: its
   * properties are reported as they fit the type asked for, but first this, the reason.
   */
  private @Nullable JsonNode wrongDocumentType(Shape shape, JsonPointer at) {
    String asked = String.valueOf(shape.pattern()).replaceAll("^\\^|\\$$", "");
    return drop(ProblemKind.INVALID_VALUE, at, here(),
        text("documentType", shorten(parser.getString()), asked),
        text("expected.documentType", asked), quoted(parser.getString()));
  }

  private @Nullable JsonNode value(Shape shape, JsonPointer at) {
    JsonToken token = parser.currentToken();
    return switch (Fit.of(shape, parser, token, true)) {
      case FITS -> switch (shape.kind()) {
        case OBJECT -> object(shape, at);
        case ARRAY -> array(shape, at);
        case STRING -> NODES.stringNode(parser.getString());
        case INTEGER -> NODES.numberNode(parser.getIntValue());
        case NUMBER -> NODES.numberNode(parser.getDecimalValue());
        case BOOLEAN -> NODES.booleanNode(token == JsonToken.VALUE_TRUE);
      };
      case WRONG_TYPE -> wrongType(shape, at);
      case UNKNOWN_CODE -> drop(ProblemKind.UNKNOWN_CODE, at, here(),
          text("unknownCode", shorten(parser.getString()), shape.name()),
          text("expected.oneOf", String.join(", ", shape.codes())), quoted(parser.getString()));
      case NOT_A_DATE -> drop(ProblemKind.INVALID_VALUE, at, here(),
          text("notADate", shorten(parser.getString())), text("expected.date"),
          quoted(parser.getString()));
      case NO_MATCH -> at.equals(TYPE) ? wrongDocumentType(shape, at)
          : fatal(WireProblem.of(ProblemKind.UNSUPPORTED_VERSION, at, here(),
              text("version", shorten(parser.getString()), FormatVersion.CURRENT.toString()),
              text("expected.version", Integer.toString(FormatVersion.CURRENT.major())),
              quoted(parser.getString())));
      // An integer of the schema is an int: Shape refuses any other range.
      case INTEGER_OUT_OF_RANGE -> drop(ProblemKind.INVALID_VALUE, at, here(),
          text("integerRange", shorten(parser.getString())),
          text("expected.integerRange", Integer.toString(Integer.MIN_VALUE),
              Integer.toString(Integer.MAX_VALUE)),
          ProblemText.verbatim(shorten(parser.getString())));
      // A short text such as 1e2147483648 passes the length limit, but its exponent does not
      // fit a BigDecimal's scale.
      case NUMBER_OUT_OF_RANGE -> fatal(WireProblem.of(ProblemKind.LIMIT, at, here(),
          text("numberRange", shorten(parser.getString())),
          text("expected.digits", Integer.toString(limits.maxNumberLength())),
          ProblemText.verbatim(shorten(parser.getString()))));
      case TOO_MANY_DIGITS -> fatal(WireProblem.of(ProblemKind.LIMIT, at, here(),
          text("numberDigits", shorten(parser.getString()),
              Long.toString(Fit.writtenDigits(parser.getDecimalValue()))),
          text("expected.digits", Integer.toString(limits.maxNumberLength())),
          ProblemText.verbatim(shorten(parser.getString()))));
    };
  }

  private @Nullable JsonNode object(Shape shape, JsonPointer at) {
    SourcePosition start = here();
    ObjectNode node = NODES.objectNode();
    Set<String> seen = new HashSet<>();
    while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
      String name = parser.currentName();
      JsonPointer child = at.append(name);
      Shape property = shape.properties().get(name);
      if (!seen.add(name)) {
        // The name's place is taken only for a problem: taking it for every property costs
        // two objects each.
        SourcePosition namePosition = here();
        parser.nextToken();
        drop(ProblemKind.DUPLICATE_KEY, child, namePosition,
            text("duplicateProperty", shape.name(), name), text("expected.eachPropertyOnce"),
            text("found.secondProperty", name));
      } else if (property == null) {
        SourcePosition namePosition = here();
        parser.nextToken();
        drop(ProblemKind.UNKNOWN_PROPERTY, child, namePosition,
            text("unknownProperty", shape.name(), name),
            text("expected.oneOf", String.join(", ", shape.properties().keySet())),
            ProblemText.verbatim("\"" + name + "\""));
      } else {
        parser.nextToken();
        JsonNode kept = value(property, child);
        if (kept != null) {
          node.set(name, kept);
        }
      }
    }
    boolean complete = true;
    for (String required : shape.required()) {
      if (!node.has(required)) {
        if (!seen.contains(required)) {
          problems.add(WireProblem.of(ProblemKind.MISSING_VALUE, at.append(required), start,
              text("missingProperty", shape.name(), required),
              expected(shape.properties().get(required)), null));
        }
        // Without its version a document is still read as this version: the policy says a
        // reader reads its own major version, and nothing else tells the version.
        complete &= at.isRoot() && required.equals(FormatVersion.PROPERTY);
      }
    }
    if (!complete) {
      problems.dropped(at);
      return null;
    }
    origins.put(node, new Origin(at, start));
    return node;
  }

  private JsonNode array(Shape shape, JsonPointer at) {
    SourcePosition start = here();
    ArrayNode node = NODES.arrayNode();
    int index = 0;
    while (parser.nextToken() != JsonToken.END_ARRAY) {
      JsonNode kept = value(shape.items(), at.append(index++));
      if (kept != null) {
        node.add(kept);
      }
    }
    origins.put(node, new Origin(at, start));
    return node;
  }

  private @Nullable JsonNode wrongType(Shape shape, JsonPointer at) {
    SourcePosition position = here();
    ProblemText found = found(parser.currentToken());
    return drop(ProblemKind.WRONG_TYPE, at, position,
        text("wrongType", expected(shape), found), expected(shape), found);
  }

  private @Nullable JsonNode drop(ProblemKind kind, JsonPointer at,
      @Nullable SourcePosition position, ProblemText message, ProblemText expected,
      ProblemText found) {
    problems.add(WireProblem.of(kind, at, position, message, expected, found));
    parser.skipChildren();
    problems.dropped(at);
    return null;
  }

  /** Records a problem that ends reading, and ends it. */
  private JsonNode fatal(WireProblem problem) {
    problems.add(problem);
    throw new Fatal();
  }

  private static ProblemText expected(@Nullable Shape shape) {
    if (shape == null) {
      return text("expected.value");
    }
    return switch (shape.kind()) {
      case OBJECT -> text("expected.object", shape.name());
      case ARRAY -> text("expected.array");
      case STRING -> shape.codes() != null ? text("expected.code", shape.name())
          : shape.isDate() ? text("expected.date") : text("expected.string");
      case INTEGER -> text("expected.integer");
      case NUMBER -> text("expected.number");
      case BOOLEAN -> text("expected.boolean");
    };
  }

  private ProblemText found(JsonToken token) {
    return switch (token) {
      case START_OBJECT -> text("found.object");
      case START_ARRAY -> text("found.array");
      case VALUE_STRING -> text("found.string", shorten(parser.getString()));
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> text("found.number", shorten(parser.getString()));
      case VALUE_TRUE, VALUE_FALSE, VALUE_NULL -> ProblemText.verbatim(token.asString());
      default -> ProblemText.verbatim(token.asString() == null ? token.name() : token.asString());
    };
  }

  private static ProblemText text(String key, Object... arguments) {
    return ProblemText.of(key, arguments);
  }

  /** A string value as found, quoted, shortened if long. */
  private static ProblemText quoted(String value) {
    return ProblemText.verbatim("\"" + shorten(value) + "\"");
  }

  private static String shorten(String text) {
    return text.length() <= SHOWN ? text : text.substring(0, SHOWN) + "…";
  }

  private @Nullable SourcePosition here() {
    return position(parser.currentTokenLocation());
  }

  static @Nullable SourcePosition position(@Nullable TokenStreamLocation location) {
    return location == null || location.getLineNr() < 1 || location.getColumnNr() < 1
        ? null : SourcePosition.of(location.getLineNr(), location.getColumnNr());
  }

  /** The problem a parser exception stands for: a crossed limit, broken UTF-8 or bad syntax. */
  private WireProblem translate(JacksonException e) {
    JsonPointer at = JsonPointer.parse(parser.streamReadContext().pathAsPointer().toString());
    String message = e.getOriginalMessage();
    // Limits are checked before a location is attached: then where the parser stands is the place.
    SourcePosition position = position(e.getLocation() != null ? e.getLocation()
        : parser.currentLocation());
    if (e instanceof StreamConstraintsException) {
      return limitCrossed(at, position, message);
    }
    if (message.startsWith("Invalid UTF-8")) {
      return WireProblem.of(ProblemKind.ENCODING, at, position,
          text("encoding.undecodable", shorten(message)), text("expected.utf8"), null);
    }
    return WireProblem.of(ProblemKind.SYNTAX, at, position, syntax(message),
        text("expected.json"), null);
  }

  /**
   * Jackson's message of a syntax error in our words: the common cases by their wording, which
   * names the character or word at fault; any other with Jackson's own message quoted.
   */
  static ProblemText syntax(String message) {
    Matcher matcher = UNEXPECTED_CHARACTER.matcher(message);
    if (matcher.lookingAt()) {
      return text("syntax.unexpectedCharacter", matcher.group(1));
    }
    matcher = UNRECOGNIZED_TOKEN.matcher(message);
    if (matcher.lookingAt()) {
      return text("syntax.unrecognizedToken", shorten(matcher.group(1)));
    }
    matcher = CONTROL_CHARACTER.matcher(message);
    if (matcher.find()) {
      return text("syntax.controlCharacter",
          String.format(Locale.ROOT, "U+%04X", Integer.parseInt(matcher.group(1))));
    }
    if (message.startsWith("Unexpected end-of-input")) {
      return text("syntax.endOfInput");
    }
    return text("syntax.other", shorten(message.lines().findFirst().orElse(message)));
  }

  private WireProblem limitCrossed(JsonPointer at, @Nullable SourcePosition position,
      String message) {
    String key;
    long limit;
    if (message.contains("nesting depth")) {
      key = "nesting";
      limit = limits.maxNestingDepth();
    } else if (message.contains("String value length")) {
      key = "stringLength";
      limit = limits.maxStringLength();
    } else if (message.contains("Name length")) {
      key = "nameLength";
      limit = limits.maxNameLength();
    } else if (message.contains("Number value length")) {
      key = "numberLength";
      limit = limits.maxNumberLength();
    } else {
      key = "documentLength";
      limit = limits.maxDocumentLength();
    }
    // Limits as plain digits, as ReadLimits and its documentation write them.
    return WireProblem.of(ProblemKind.LIMIT, at, position, text("limit." + key, Long.toString(limit)),
        text("expected." + key, Long.toString(limit)), null);
  }

  /** Unwinds reading after a fatal problem has been recorded. */
  private static final class Fatal extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Fatal() {
      super(null, null, false, false);
    }
  }
}
