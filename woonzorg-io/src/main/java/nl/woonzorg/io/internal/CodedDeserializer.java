package nl.woonzorg.io.internal;

import java.util.List;
import nl.woonzorg.model.code.CodeTable;
import nl.woonzorg.model.code.Coded;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdScalarDeserializer;

/** Reads a code-list value by its wire code; an unknown code fails listing the valid codes. */
final class CodedDeserializer<E extends Enum<E> & Coded> extends StdScalarDeserializer<E> {

  private final Class<E> type;
  /** The model's one table of the list, so that io and {@code fromCode} cannot disagree. */
  private final CodeTable<E> codes;

  private CodedDeserializer(Class<E> type) {
    super(type);
    this.type = type;
    this.codes = CodeTable.of(type);
  }

  /** The deserializer of {@code type}, an enumeration implementing {@link Coded}. */
  @SuppressWarnings({"unchecked", "rawtypes"}) // the caller checked: an enum implementing Coded
  static CodedDeserializer<?> of(Class<?> type) {
    return new CodedDeserializer(type);
  }

  /** Every code, in declaration order. */
  List<String> codes() {
    return codes.codes();
  }

  /** The entry whose code is {@code code}; null if there is none. */
  @Nullable E lookup(String code) {
    return codes.find(code);
  }

  /**
   * The entry whose code is the {@code length} characters of {@code text} from {@code offset};
   * null if there is none. Allocates nothing: the flat binder calls it with the parser's buffer.
   */
  @Nullable E lookup(char[] text, int offset, int length) {
    return codes.find(text, offset, length);
  }

  @Override
  public E deserialize(JsonParser parser, DeserializationContext context) {
    if (!parser.hasToken(JsonToken.VALUE_STRING)) {
      return context.reportInputMismatch(this,
          "a %s code is a string, not %s", type.getSimpleName(), parser.currentToken());
    }
    String code = parser.getString();
    E entry = lookup(code);
    if (entry == null) {
      return context.reportInputMismatch(this, "%s", codes.unknown(code).getMessage());
    }
    return entry;
  }
}
