package nl.woonzorg.model.code;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Looks up entries of coded enumerations by their wire code.
 *
 * <p>Each enumeration's index is built once, on first use, and shared; lookups are constant-time
 * and thread-safe.
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public final class Codes {

  private static final ClassValue<Map<String, Enum<?>>> INDEX =
      new ClassValue<>() {
        @Override
        protected Map<String, Enum<?>> computeValue(Class<?> type) {
          Map<String, Enum<?>> byCode = new HashMap<>();
          for (Object constant : type.getEnumConstants()) {
            Enum<?> entry = (Enum<?>) constant;
            String code = ((Coded) constant).getCode();
            Enum<?> previous = byCode.putIfAbsent(code, entry);
            if (previous != null) {
              throw new IllegalStateException(
                  type.getSimpleName() + " uses code '" + code + "' for both " + previous.name()
                      + " and " + entry.name());
            }
          }
          return Map.copyOf(byCode);
        }
      };

  private Codes() {}

  /**
   * Returns the entry of {@code type} whose code is {@code code}.
   *
   * @throws UnknownCodeException if no entry has that code; its message lists the valid codes
   */
  public static <E extends Enum<E> & Coded> E fromCode(Class<E> type, String code) {
    return find(type, code)
        .orElseThrow(() -> new UnknownCodeException(type.getSimpleName(), code, codesOf(type)));
  }

  /** Returns the entry of {@code type} whose code is {@code code}, or empty if there is none. */
  public static <E extends Enum<E> & Coded> Optional<E> find(Class<E> type, String code) {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(code, "code");
    return Optional.ofNullable(type.cast(INDEX.get(type).get(code)));
  }

  /** Every code of {@code type}, in declaration order; an immutable list. */
  public static <E extends Enum<E> & Coded> List<String> codesOf(Class<E> type) {
    return Arrays.stream(type.getEnumConstants()).map(Coded::getCode).toList();
  }
}
