package nl.woonzorg.io.json;

import java.math.BigDecimal;
import java.util.Arrays;
import nl.woonzorg.io.FormatVersion;
import nl.woonzorg.io.ReadLimits;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.SerializableString;
import tools.jackson.core.sym.PropertyNameMatcher;
import tools.jackson.core.util.JsonParserDelegate;

/**
 * A parser that checks every token against the document's {@link Shape} as databind pulls it, so
 * that a clean document is checked and bound in one pass, with no tree in between. It does not
 * report: at the first token the schema does not allow it throws {@link Deviation}, and the reader
 * then reads the document again with {@link DocumentChecker}, which finds, locates and reports
 * every problem. These checks and databind's together are those of {@code DocumentChecker}, so
 * that a document passes here exactly when that one would report nothing.
 *
 * <p>Every way databind advances the parser ({@code nextToken}, {@code nextValue}, the {@code
 * nextName} variants, {@code skipChildren}) goes through {@link #nextToken()}, and {@code
 * nextNameMatch} checks the token its match leaves, so no token escapes the check. One instance reads one document, or a sequence of
 * them with {@link #nextDocument()} between; not thread-safe.
 */
final class CheckingParser extends JsonParserDelegate {

  /** Frames for the nesting of most documents; deeper ones grow the stack. */
  private static final int FRAMES = 8;

  private final Shape root;
  /** The index of {@code formatVersion} among the root's properties. */
  private final int versionIndex;
  private final ReadLimits limits;
  // One frame per open object or array: its shape and, for an object, the properties seen so
  // far as bits (Shape#indexOf). The parser's own depth limit bounds the stack.
  private Shape[] shapes = new Shape[FRAMES];
  private long[] seen = new long[FRAMES];
  /** Per object, the index after the last property's: where the next one most likely is. */
  private int[] next = new int[FRAMES];
  private int depth;
  /** The shape the next value must have; null once the root value has ended. */
  private @Nullable Shape expected;

  CheckingParser(JsonParser parser, Shape root, ReadLimits limits) {
    super(parser);
    this.root = root;
    this.versionIndex = root.indexOf(FormatVersion.PROPERTY);
    this.limits = limits;
    this.expected = root;
  }

  /**
   * Lets another document of the same shape follow the one that has ended, for a stream of
   * records read with one parser.
   *
   * @throws Deviation if the document has not ended
   */
  void nextDocument() {
    if (depth != 0) {
      throw new Deviation();
    }
    expected = root;
  }

  @Override
  public @Nullable JsonToken nextToken() {
    JsonToken token = delegate.nextToken();
    if (token != null) {
      check(token);
      if (isVersion(token)) {
        skipVersion();
        return nextToken();
      }
    }
    return token;
  }

  @Override
  public @Nullable JsonToken nextValue() {
    JsonToken token = nextToken();
    return token == JsonToken.PROPERTY_NAME ? nextToken() : token;
  }

  @Override
  public @Nullable String nextName() {
    return nextToken() == JsonToken.PROPERTY_NAME ? delegate.currentName() : null;
  }

  @Override
  public boolean nextName(SerializableString name) {
    return nextToken() == JsonToken.PROPERTY_NAME
        && name.getValue().equals(delegate.currentName());
  }

  @Override
  public int nextNameMatch(PropertyNameMatcher matcher) {
    // The parser's own matching, which databind uses for every property, compares the name's
    // bytes without making a String; the check then reads the name the match left.
    int match = delegate.nextNameMatch(matcher);
    JsonToken token = delegate.currentToken();
    if (token != null) {
      check(token);
      if (isVersion(token)) {
        skipVersion();
        return nextNameMatch(matcher);
      }
    }
    return match;
  }

  /**
   * Whether {@code token} names the document's format version. The version is the reader's
   * business, checked here; databind never sees it, as its way of ignoring a property (a set
   * lookup of every unknown name) was a twelfth of binding a dwelling record.
   */
  private boolean isVersion(JsonToken token) {
    return token == JsonToken.PROPERTY_NAME && depth == 1 && next[1] - 1 == versionIndex;
  }

  /** Reads and checks the version's value, so that the next token is the next property. */
  private void skipVersion() {
    JsonToken value = delegate.nextToken();
    if (value == null) {
      throw new Deviation();
    }
    check(value);
  }

  @Override
  public JsonParser skipChildren() {
    JsonToken token = delegate.currentToken();
    if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
      int open = 1;
      while (open > 0) {
        JsonToken inner = nextToken();
        if (inner == null) {
          break;
        }
        if (inner.isStructStart()) {
          open++;
        } else if (inner.isStructEnd()) {
          open--;
        }
      }
    }
    return this;
  }

  private void check(JsonToken token) {
    switch (token) {
      case START_OBJECT -> enter(Shape.Kind.OBJECT);
      case START_ARRAY -> enter(Shape.Kind.ARRAY);
      case END_OBJECT -> {
        Shape shape = shapes[depth];
        if ((seen[depth] & shape.requiredMask()) != shape.requiredMask()) {
          throw new Deviation();
        }
        leave();
      }
      case END_ARRAY -> leave();
      case PROPERTY_NAME -> {
        Shape shape = shapes[depth];
        int index = shape.indexOf(delegate.currentName(), next[depth]);
        long bit = index < 0 ? 0 : 1L << index;
        if (bit == 0 || (seen[depth] & bit) != 0) {
          throw new Deviation();
        }
        seen[depth] |= bit;
        next[depth] = index + 1;
        expected = shape.property(index);
      }
      default -> {
        scalar(value(), token);
        afterValue();
      }
    }
  }

  private Shape value() {
    if (expected == null) {
      // Content after the root value.
      throw new Deviation();
    }
    return expected;
  }

  private void enter(Shape.Kind kind) {
    Shape shape = value();
    if (shape.kind() != kind) {
      throw new Deviation();
    }
    depth++;
    if (depth == shapes.length) {
      shapes = Arrays.copyOf(shapes, 2 * depth);
      seen = Arrays.copyOf(seen, 2 * depth);
      next = Arrays.copyOf(next, 2 * depth);
    }
    shapes[depth] = shape;
    seen[depth] = 0;
    next[depth] = 0;
    afterValue();
  }

  private void leave() {
    shapes[depth] = null;
    depth--;
    afterValue();
  }

  /**
   * What the innermost open container takes next, after a value or on opening: an array its next
   * item; an object a name first.
   */
  private void afterValue() {
    expected = depth > 0 && shapes[depth].kind() == Shape.Kind.ARRAY ? shapes[depth].items() : null;
  }

  // Codes are not looked up here: every code list of the schema is a Coded enum of the model,
  // whose deserializer refuses an unknown code, so a second lookup would only cost time.
  // SinglePassTest injects an unknown code into every code list and fails if one is accepted.
  private void scalar(Shape shape, JsonToken token) {
    boolean fits = switch (shape.kind()) {
      case STRING -> token == JsonToken.VALUE_STRING && shape.admits(delegate.getString());
      case INTEGER -> token == JsonToken.VALUE_NUMBER_INT
          && delegate.getNumberType() == JsonParser.NumberType.INT;
      case NUMBER -> (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT)
          && number(delegate.getDecimalValue());
      case BOOLEAN -> token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE;
      case OBJECT, ARRAY -> false;
    };
    if (!fits) {
      throw new Deviation();
    }
  }

  private boolean number(BigDecimal value) {
    return DocumentChecker.writtenDigits(value) <= limits.maxNumberLength();
  }

  /**
   * The document is not clean: read it again with {@link DocumentChecker} to learn why. Carries
   * no stack trace, as it is control flow.
   */
  static final class Deviation extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Deviation() {
      super(null, null, false, false);
    }
  }
}
