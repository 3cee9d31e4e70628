package nl.woonzorg.io.internal;

import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import nl.woonzorg.io.FormatVersion;
import nl.woonzorg.io.ProblemKind;
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

  /** Where a kept object or array came from: its pointer and position in the text. */
  record Origin(JsonPointer pointer, @Nullable SourcePosition position) {}

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
            position(parser.currentLocation()), "the document is empty", expected(root), "end of input"));
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
          position(e.getLocation()), "content follows the document: " + e.getOriginalMessage(),
          "end of input", null));
      return;
    }
    if (next != null) {
      problems.add(WireProblem.of(ProblemKind.TRAILING_CONTENT, JsonPointer.root(), here(),
          "content follows the document", "end of input", found(next)));
    }
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
          "unknown code \"" + shorten(parser.getString()) + "\" in code list " + shape.name(),
          "one of " + String.join(", ", shape.codes()), "\"" + shorten(parser.getString()) + "\"");
      case NOT_A_DATE -> drop(ProblemKind.INVALID_VALUE, at, here(), "\""
          + shorten(parser.getString()) + "\" is not a date", "an ISO-8601 date, yyyy-mm-dd",
          "\"" + shorten(parser.getString()) + "\"");
      case NO_MATCH -> fatal(WireProblem.of(ProblemKind.UNSUPPORTED_VERSION, at, here(),
          "format version \"" + shorten(parser.getString())
              + "\" cannot be read by a reader of version " + FormatVersion.CURRENT,
          "a version " + FormatVersion.CURRENT.major() + ".x",
          "\"" + shorten(parser.getString()) + "\""));
      // An integer of the schema is an int: Shape refuses any other range.
      case INTEGER_OUT_OF_RANGE -> drop(ProblemKind.INVALID_VALUE, at, here(), "the integer "
          + shorten(parser.getString()) + " is out of range",
          "an integer from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE,
          shorten(parser.getString()));
      // A short text such as 1e2147483648 passes the length limit, but its exponent does not
      // fit a BigDecimal's scale.
      case NUMBER_OUT_OF_RANGE -> fatal(WireProblem.of(ProblemKind.LIMIT, at, here(),
          "the number " + shorten(parser.getString()) + " is out of range",
          "a number of at most " + limits.maxNumberLength() + " digits",
          shorten(parser.getString())));
      case TOO_MANY_DIGITS -> fatal(WireProblem.of(ProblemKind.LIMIT, at, here(), "the number "
          + shorten(parser.getString()) + " needs "
          + Fit.writtenDigits(parser.getDecimalValue()) + " digits written out",
          "a number of at most " + limits.maxNumberLength() + " digits",
          shorten(parser.getString())));
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
            shape.name() + " has the property \"" + name + "\" twice; the first is kept",
            "each property once", "a second \"" + name + "\"");
      } else if (property == null) {
        SourcePosition namePosition = here();
        parser.nextToken();
        drop(ProblemKind.UNKNOWN_PROPERTY, child, namePosition,
            shape.name() + " has no property \"" + name + "\"",
            "one of " + String.join(", ", shape.properties().keySet()), "\"" + name + "\"");
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
              shape.name() + " lacks the required property \"" + required + "\"",
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
    String found = found(parser.currentToken());
    return drop(ProblemKind.WRONG_TYPE, at, position,
        "expected " + expected(shape) + ", found " + found, expected(shape), found);
  }

  private @Nullable JsonNode drop(ProblemKind kind, JsonPointer at,
      @Nullable SourcePosition position, String message, String expected, String found) {
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

  private static String expected(@Nullable Shape shape) {
    if (shape == null) {
      return "a value";
    }
    return switch (shape.kind()) {
      case OBJECT -> "an object (" + shape.name() + ")";
      case ARRAY -> "an array";
      case STRING -> shape.codes() != null ? "a code of " + shape.name()
          : shape.isDate() ? "an ISO-8601 date, yyyy-mm-dd" : "a string";
      case INTEGER -> "an integer";
      case NUMBER -> "a number";
      case BOOLEAN -> "true or false";
    };
  }

  private String found(JsonToken token) {
    return switch (token) {
      case START_OBJECT -> "an object";
      case START_ARRAY -> "an array";
      case VALUE_STRING -> "the string \"" + shorten(parser.getString()) + "\"";
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "the number " + shorten(parser.getString());
      case VALUE_TRUE -> "true";
      case VALUE_FALSE -> "false";
      case VALUE_NULL -> "null";
      default -> token.asString() == null ? token.name() : token.asString();
    };
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
      return WireProblem.of(ProblemKind.LIMIT, at, position, message, limitCrossed(message),
          null);
    }
    if (message.startsWith("Invalid UTF-8")) {
      return WireProblem.of(ProblemKind.ENCODING, at, position, message, "UTF-8", null);
    }
    return WireProblem.of(ProblemKind.SYNTAX, at, position, message, "well-formed JSON", null);
  }

  private String limitCrossed(String message) {
    if (message.contains("nesting depth")) {
      return "at most " + limits.maxNestingDepth() + " levels of nesting";
    } else if (message.contains("String value length")) {
      return "a string of at most " + limits.maxStringLength() + " characters";
    } else if (message.contains("Name length")) {
      return "a property name of at most " + limits.maxNameLength() + " characters";
    } else if (message.contains("Number value length")) {
      return "a number of at most " + limits.maxNumberLength() + " characters";
    }
    return "a document of at most " + limits.maxDocumentLength() + " bytes or characters";
  }

  /** Unwinds reading after a fatal problem has been recorded. */
  private static final class Fatal extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Fatal() {
      super(null, null, false, false);
    }
  }
}
