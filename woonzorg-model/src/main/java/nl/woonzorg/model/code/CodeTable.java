package nl.woonzorg.model.code;

import java.util.Arrays;
import java.util.List;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The lookup table of one coded enumeration: from a wire code, given as a string or as characters
 * in a buffer, to the constant. There is one table per enumeration, built on first use and shared
 * by {@link Codes} and the readers of woonzorg-io.
 *
 * <p>The codes sit in an open-addressed table of a power of two slots, at most half of them used,
 * with each code's constant in the same slot of a second array. Not a {@code HashMap}, so that a
 * code can be looked up from a parser's characters without making a string of it: a reader looks
 * up every code of every record.
 *
 * <p>Immutable and thread-safe; lookups allocate nothing.
 *
 * @param <E> the enumeration
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class CodeTable<E extends Enum<E> & Coded> {

  private static final ClassValue<CodeTable<?>> OF = new ClassValue<>() {
    @Override
    @SuppressWarnings({"unchecked", "rawtypes"}) // of(Class<E>) lets in only coded enumerations
    protected CodeTable<?> computeValue(Class<?> type) {
      return new CodeTable(type);
    }
  };

  private final Class<E> type;
  private final List<String> codes;
  private final @Nullable String[] slots;
  private final @Nullable E[] entries;

  private CodeTable(Class<E> type) {
    this.type = type;
    E[] constants = type.getEnumConstants();
    codes = Arrays.stream(constants).map(Coded::getCode).toList();
    slots = new String[Integer.highestOneBit(Math.max(1, constants.length) * 4 - 1)];
    // An array of the enumeration's own type, emptied.
    entries = Arrays.copyOf(constants, slots.length);
    Arrays.fill(entries, null);
    for (E entry : constants) {
      String code = entry.getCode();
      int slot = slot(code.hashCode());
      while (slots[slot] != null) {
        if (slots[slot].equals(code)) {
          throw new IllegalStateException(type.getSimpleName() + " uses code '" + code
              + "' for both " + entries[slot].name() + " and " + entry.name());
        }
        slot = next(slot);
      }
      slots[slot] = code;
      entries[slot] = entry;
    }
  }

  /**
   * The table of {@code type}.
   *
   * @throws IllegalStateException if two constants of {@code type} have one code
   */
  @SuppressWarnings("unchecked") // OF made the table from this very type
  public static <E extends Enum<E> & Coded> CodeTable<E> of(Class<E> type) {
    return (CodeTable<E>) OF.get(type);
  }

  /** The constant whose code is {@code code}; null if there is none. */
  public @Nullable E find(String code) {
    for (int slot = slot(code.hashCode()); slots[slot] != null; slot = next(slot)) {
      if (slots[slot].equals(code)) {
        return entries[slot];
      }
    }
    return null;
  }

  /**
   * The constant whose code is the {@code length} characters of {@code text} from {@code offset};
   * null if there is none.
   */
  public @Nullable E find(char[] text, int offset, int length) {
    // String's own hash, so that both lookups probe the same slots.
    int hash = 0;
    for (int i = offset; i < offset + length; i++) {
      hash = 31 * hash + text[i];
    }
    for (int slot = slot(hash); slots[slot] != null; slot = next(slot)) {
      if (matches(slots[slot], text, offset, length)) {
        return entries[slot];
      }
    }
    return null;
  }

  /** Every code, in declaration order; an immutable list. */
  public List<String> codes() {
    return codes;
  }

  /** The exception for a code this table does not hold, naming every code it does. */
  public UnknownCodeException unknown(String code) {
    return new UnknownCodeException(type.getSimpleName(), code, codes);
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
    return (hash ^ (hash >>> 16)) & (slots.length - 1);
  }

  private int next(int slot) {
    return (slot + 1) & (slots.length - 1);
  }
}
