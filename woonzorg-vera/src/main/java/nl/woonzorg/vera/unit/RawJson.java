package nl.woonzorg.vera.unit;

import java.io.StringWriter;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;

/**
 * A JSON value passed through unchanged (<i>ongewijzigd doorgegeven waarde</i>): an attribute
 * woonzorg does not bind, such as <i>ruimten</i> or <i>wozEenheden</i>, or a vendor's own
 * property, kept so that writing gives back what was read.
 *
 * <p>The value is held as compact JSON text: no whitespace between tokens, property order and
 * number literals exactly as read ({@code 58.0} stays {@code 58.0}, {@code 1e3} stays {@code
 * 1e3}), strings with the minimal escapes (a {@code \u00e9} escape is read as {@code é}). Two raw
 * values are equal when their texts are. Immutable and thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class RawJson {

  // The text was read within the reader's limits already; re-reading it must not trip over a
  // limit a caller raised above Jackson's defaults.
  private static final JsonFactory FACTORY = JsonFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder()
          .maxNestingDepth(Integer.MAX_VALUE)
          .maxStringLength(Integer.MAX_VALUE)
          .maxNameLength(Integer.MAX_VALUE)
          .maxNumberLength(Integer.MAX_VALUE)
          .maxDocumentLength(-1)
          .build())
      .build();

  private final String text;

  private RawJson(String text) {
    this.text = text;
  }

  /**
   * The value that {@code json} holds, compacted.
   *
   * @param json one JSON value, e.g. {@code [{"code": "STO"}]}
   * @throws IllegalArgumentException if {@code json} is not exactly one well-formed JSON value
   */
  public static RawJson parse(String json) {
    Objects.requireNonNull(json, "json");
    try (JsonParser parser = FACTORY.createParser(ObjectReadContext.empty(), json)) {
      if (parser.nextToken() == null) {
        throw new IllegalArgumentException("no JSON value: empty text");
      }
      RawJson value = read(parser);
      if (parser.nextToken() != null) {
        throw new IllegalArgumentException("more than one JSON value: " + json);
      }
      return value;
    } catch (JacksonException e) {
      throw new IllegalArgumentException("not well-formed JSON: " + e.getOriginalMessage(), e);
    }
  }

  /**
   * Reads the value at {@code parser}'s current token, leaving the parser on the value's last
   * token: for readers built on Jackson's streaming parser. The parser's own limits apply while
   * reading.
   *
   * @throws JacksonException as the parser throws it, for text that is not well-formed or beyond
   *     a limit
   * @throws IllegalStateException if the parser is not at the start of a value
   */
  public static RawJson read(JsonParser parser) {
    StringWriter out = new StringWriter();
    try (JsonGenerator generator = FACTORY.createGenerator(ObjectWriteContext.empty(), out)) {
      copy(parser, generator);
    }
    return new RawJson(out.toString());
  }

  /** Writes this value to {@code generator}, in the generator's layout, number literals as read. */
  public void writeTo(JsonGenerator generator) {
    try (JsonParser parser = FACTORY.createParser(ObjectReadContext.empty(), text)) {
      parser.nextToken();
      copy(parser, generator);
    }
  }

  /**
   * A parser over this value, positioned before its first token; the caller closes it. For
   * binders that look into a value they did not know they would need.
   */
  public JsonParser parser() {
    return FACTORY.createParser(ObjectReadContext.empty(), text);
  }

  // Iterative, not recursive: the depth is bounded by the reader's limit, not by the stack.
  private static void copy(JsonParser parser, JsonGenerator generator) {
    int depth = 0;
    JsonToken token = parser.currentToken();
    while (true) {
      if (token == null) {
        throw new IllegalStateException("the parser is not at a value");
      }
      switch (token) {
        case START_OBJECT -> {
          generator.writeStartObject();
          depth++;
        }
        case START_ARRAY -> {
          generator.writeStartArray();
          depth++;
        }
        case END_OBJECT -> {
          generator.writeEndObject();
          depth--;
        }
        case END_ARRAY -> {
          generator.writeEndArray();
          depth--;
        }
        case PROPERTY_NAME -> generator.writeName(parser.currentName());
        case VALUE_STRING -> generator.writeString(parser.getString());
        // The literal, not a parsed number: 58.0 must not come back as 58 or 5.8E1.
        case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> generator.writeNumber(parser.getString());
        case VALUE_TRUE -> generator.writeBoolean(true);
        case VALUE_FALSE -> generator.writeBoolean(false);
        case VALUE_NULL -> generator.writeNull();
        default -> throw new IllegalStateException("not a JSON value token: " + token);
      }
      if (depth == 0) {
        return;
      }
      token = parser.nextToken();
    }
  }

  /** The compact JSON text; never null. */
  public String text() {
    return text;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof RawJson && text.equals(((RawJson) other).text);
  }

  @Override
  public int hashCode() {
    return text.hashCode();
  }

  /** The compact JSON text, as {@link #text()}. */
  @Override
  public String toString() {
    return text;
  }
}
