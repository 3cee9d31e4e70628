package nl.woonzorg.io.internal;

import java.util.Arrays;
import nl.woonzorg.io.FormatVersion;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.SerializableString;
import tools.jackson.core.sym.PropertyNameMatcher;
import tools.jackson.core.util.JsonParserDelegate;

/**
 * A parser that checks every token against the document's {@link Shape} as databind pulls it, so
 * that a clean document is checked and bound in one pass, with no tree in between. It does not
 * report: at the first token that does not {@linkplain Fit fit} the schema it throws {@link
 * Deviation}, and the reader then reads the document again with {@link DocumentChecker}, which
 * finds, locates and reports every problem. These checks and databind's together are those of
 * {@code DocumentChecker}, so that a document passes here exactly when that one would report
 * nothing.
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
  /** The index of {@code documentType} among the root's properties; -1 if it has none. */
  private final int typeIndex;
  // One frame per open object or array: its shape and, for an object, the properties seen so
  // far as bits (Shape#indexOf). The parser's own depth limit bounds the stack.
  private Shape[] shapes = new Shape[FRAMES];
  private long[] seen = new long[FRAMES];
  /** Per object, the index after the last property's: where the next one most likely is. */
  private int[] next = new int[FRAMES];
  private int depth;
  /** The shape the next value must have; null once the root value has ended. */
  private @Nullable Shape expected;

  CheckingParser(JsonParser parser, Shape root) {
    super(parser);
    this.root = root;
    this.versionIndex = root.indexOf(FormatVersion.PROPERTY);
    this.typeIndex = root.indexOf(FormatVersion.TYPE_PROPERTY);
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
   * Whether {@code token} names the document's format version or its type. Both are the reader's
   * business, checked here against the schema; databind never sees them, as its way of ignoring a
   * property (a set lookup of every unknown name) was a twelfth of binding a dwelling record.
   */
  private boolean isVersion(JsonToken token) {
    return token == JsonToken.PROPERTY_NAME && depth == 1
        && (next[1] - 1 == versionIndex || next[1] - 1 == typeIndex);
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
      case START_OBJECT, START_ARRAY -> enter(fitting(token));
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
        fitting(token);
        afterValue();
      }
    }
  }

  /** The shape the value that starts at {@code token} has, if it fits it. */
  private Shape fitting(JsonToken token) {
    Shape shape = expected;
    // No shape is expected after the root value.
    if (shape == null || Fit.of(shape, delegate, token, false) != Fit.FITS) {
      throw new Deviation();
    }
    return shape;
  }

  private void enter(Shape shape) {
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
