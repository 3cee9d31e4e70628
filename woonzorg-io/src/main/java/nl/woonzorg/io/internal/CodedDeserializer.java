package nl.woonzorg.io.internal;

import java.util.Arrays;
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
  /**
   * The codes in an open-addressed table of a power of two slots, at most half of them used, with
   * each code's entry in the same slot of {@link #entries}. Not a {@code HashMap}, so that a code
   * can be looked up from the parser's characters without making a string of it: the lookup runs
   * for every code of every record.
   */
  private final @Nullable String[] codes;
  private final @Nullable E[] entries;

  private CodedDeserializer(Class<E> type) {
    super(type);
    this.type = type;
    E[] constants = type.getEnumConstants();
    int slots = Integer.highestOneBit(Math.max(1, constants.length) * 4 - 1);
    codes = new String[slots];
    // An array of the enumeration's own type, emptied.
    entries = Arrays.copyOf(constants, slots);
    Arrays.fill(entries, null);
    for (E entry : constants) {
      String code = entry.getCode();
      int slot = slot(code.hashCode());
      while (codes[slot] != null) {
        if (codes[slot].equals(code)) {
          throw new IllegalStateException(type.getSimpleName() + " uses code '" + code
              + "' for both " + entries[slot].name() + " and " + entry.name());
        }
        slot = next(slot);
      }
      codes[slot] = code;
      entries[slot] = entry;
    }
  }

  /** One table per code list, shared by databind and the flat binder. */
  private static final ClassValue<CodedDeserializer<?>> OF = new ClassValue<>() {
    @Override
    @SuppressWarnings({"unchecked", "rawtypes"}) // the caller checked: an enum implementing Coded
    protected CodedDeserializer<?> computeValue(Class<?> type) {
      return new CodedDeserializer(type);
    }
  };

  /** The deserializer of {@code type}, an enumeration implementing {@link Coded}. */
  static CodedDeserializer<?> of(Class<?> type) {
    return OF.get(type);
  }

  /** The entry whose code is {@code code}; null if there is none. */
  @Nullable E lookup(String code) {
    for (int slot = slot(code.hashCode()); codes[slot] != null; slot = next(slot)) {
      if (codes[slot].equals(code)) {
        return entries[slot];
      }
    }
    return null;
  }

  /**
   * The entry whose code is the {@code length} characters of {@code text} from {@code offset};
   * null if there is none.
   */
  @Nullable E lookup(char[] text, int offset, int length) {
    // String's own hash, so that both lookups probe the same slots.
    int hash = 0;
    for (int i = offset; i < offset + length; i++) {
      hash = 31 * hash + text[i];
    }
    for (int slot = slot(hash); codes[slot] != null; slot = next(slot)) {
      if (matches(codes[slot], text, offset, length)) {
        return entries[slot];
      }
    }
    return null;
  }

  private static boolean matches(String code, char[] text, int offset, int length) {
    if (code.length() != length) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      if (code.charAt(i) != text[offset + i]) {
        return false;
      }
    }
    return true;
  }

  private int slot(int hash) {
    return (hash ^ (hash >>> 16)) & (codes.length - 1);
  }

  private int next(int slot) {
    return (slot + 1) & (codes.length - 1);
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
