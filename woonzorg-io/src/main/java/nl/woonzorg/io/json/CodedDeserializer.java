package nl.woonzorg.io.json;

import java.util.HashMap;
import java.util.Map;
import nl.woonzorg.model.code.Coded;
import nl.woonzorg.model.code.Codes;
import nl.woonzorg.model.code.UnknownCodeException;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdScalarDeserializer;

/** Reads a code-list value by its wire code; an unknown code fails listing the valid codes. */
final class CodedDeserializer<E extends Enum<E> & Coded> extends StdScalarDeserializer<E> {

  private final Class<E> type;
  /** The entries by code, held here because this lookup runs for every code of every record. */
  private final Map<String, E> byCode = new HashMap<>();

  private CodedDeserializer(Class<E> type) {
    super(type);
    this.type = type;
    for (E entry : type.getEnumConstants()) {
      E clash = byCode.putIfAbsent(entry.getCode(), entry);
      if (clash != null) {
        throw new IllegalStateException(type.getSimpleName() + " uses code '" + entry.getCode()
            + "' for both " + clash.name() + " and " + entry.name());
      }
    }
  }

  @SuppressWarnings({"unchecked", "rawtypes"}) // the caller checked: an enum implementing Coded
  static CodedDeserializer<?> of(Class<?> type) {
    return new CodedDeserializer(type);
  }

  /** The entry whose code is {@code code}; null if there is none. */
  @Nullable E lookup(String code) {
    return byCode.get(code);
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
      UnknownCodeException unknown =
          new UnknownCodeException(type.getSimpleName(), code, Codes.codesOf(type));
      return context.reportInputMismatch(this, "%s", unknown.getMessage());
    }
    return entry;
  }
}
