package nl.woonzorg.io.internal;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * Whether a JSON token fits a node of the schema, and if not, why: the one decision behind all
 * three ways of reading. {@link DocumentChecker} reports each misfit; {@link CheckingParser} and
 * {@link ModelBinder} give up on the first one and leave reporting to the checker. As they decide
 * by the same code, a document passes those two exactly when the checker would report no misfit.
 *
 * <p>Deciding runs for every value of every record: it is one static switch on the node's kind,
 * returns a constant, and makes no string unless the node constrains its text.
 */
enum Fit {
  FITS,
  /** Another kind of value than the node's: a string for an integer, null for anything. */
  WRONG_TYPE,
  /** A string that is not one of the node's codes. */
  UNKNOWN_CODE,
  /** A string that is not a full date where the node has the date format. */
  NOT_A_DATE,
  /** A string that does not match the node's pattern, which only the format version has. */
  NO_MATCH,
  /** An integer beyond the range of an int, the only range {@link Shape} accepts. */
  INTEGER_OUT_OF_RANGE,
  /** A number whose exponent does not fit a {@link BigDecimal}, such as {@code 1e2147483648}. */
  NUMBER_OUT_OF_RANGE,
  /** A number with more digits written out than the parser's limit allows. */
  TOO_MANY_DIGITS;

  /**
   * How {@code token}, the parser's current token, fits {@code shape}.
   *
   * @param lookUpCodes whether to look a code up in the node's code list. The checker does, to
   *     report an unknown code; the one-pass readers leave it to the model's code list, whose
   *     deserializer refuses the same codes without a string made here first. SinglePassTest
   *     injects an unknown code into every code list and fails if one is accepted.
   */
  static Fit of(Shape shape, JsonParser parser, @Nullable JsonToken token, boolean lookUpCodes) {
    return switch (shape.kind()) {
      case OBJECT -> token == JsonToken.START_OBJECT ? FITS : WRONG_TYPE;
      case ARRAY -> token == JsonToken.START_ARRAY ? FITS : WRONG_TYPE;
      case STRING -> token == JsonToken.VALUE_STRING ? string(shape, parser, lookUpCodes)
          : WRONG_TYPE;
      case INTEGER -> token != JsonToken.VALUE_NUMBER_INT ? WRONG_TYPE
          : parser.getNumberType() == JsonParser.NumberType.INT ? FITS : INTEGER_OUT_OF_RANGE;
      case NUMBER -> token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT
          ? number(parser) : WRONG_TYPE;
      case BOOLEAN -> token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE
          ? FITS : WRONG_TYPE;
    };
  }

  /**
   * The one token that fits {@code shape} for a one-pass reader, which leaves codes to the model
   * ({@code lookUpCodes} false), where that token alone decides: an object, an array, or a string
   * that is neither a date nor held to a pattern. Null where {@link #of} looks at more than the
   * token. {@link ModelBinder} compares each token with it instead of asking {@link #of}, whose
   * switch on the shape's kind, for every value read, was a tenth of reading a large document.
   */
  static @Nullable JsonToken onlyToken(Shape shape) {
    return switch (shape.kind()) {
      case OBJECT -> JsonToken.START_OBJECT;
      case ARRAY -> JsonToken.START_ARRAY;
      case STRING -> shape.isDate() || shape.pattern() != null ? null : JsonToken.VALUE_STRING;
      case INTEGER, NUMBER, BOOLEAN -> null;
    };
  }

  private static Fit string(Shape shape, JsonParser parser, boolean lookUpCodes) {
    boolean codes = lookUpCodes && shape.codes() != null;
    if (!codes && !shape.isDate() && shape.pattern() == null) {
      return FITS;
    }
    String text = parser.getString();
    if (codes && !shape.isCode(text)) {
      return UNKNOWN_CODE;
    }
    if (shape.isDate() && !IsoDates.isDate(text)) {
      return NOT_A_DATE;
    }
    return shape.matches(text) ? FITS : NO_MATCH;
  }

  /**
   * Numbers are held to the parser's own limit on their length twice: as written, by the parser,
   * and written out in plain notation, as the writer writes them, here: {@code 1e999999} is short
   * but has a million digits.
   */
  private static Fit number(JsonParser parser) {
    BigDecimal value;
    try {
      value = parser.getDecimalValue();
    } catch (NumberFormatException exponentOutOfRange) {
      return NUMBER_OUT_OF_RANGE;
    }
    return writtenDigits(value) <= parser.streamReadConstraints().getMaxNumberLength()
        ? FITS : TOO_MANY_DIGITS;
  }

  /** How many digits {@code value} needs in plain notation, as the writer writes it. */
  static long writtenDigits(BigDecimal value) {
    return Math.max((long) value.precision() - value.scale(), 1) + Math.max(value.scale(), 0);
  }
}
