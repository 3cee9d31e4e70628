package nl.woonzorg.model.code;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Looks up entries of coded enumerations by their wire code.
 *
 * <p>Each enumeration's {@link CodeTable} is built once, on first use, and shared; lookups are
 * constant-time and thread-safe.
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public final class Codes {

  private Codes() {}

  /**
   * Returns the entry of {@code type} whose code is {@code code}.
   *
   * @throws UnknownCodeException if no entry has that code; its message lists the valid codes
   */
  public static <E extends Enum<E> & Coded> E fromCode(Class<E> type, String code) {
    CodeTable<E> table = CodeTable.of(Objects.requireNonNull(type, "type"));
    E entry = table.find(Objects.requireNonNull(code, "code"));
    if (entry == null) {
      throw table.unknown(code);
    }
    return entry;
  }

  /** Returns the entry of {@code type} whose code is {@code code}, or empty if there is none. */
  public static <E extends Enum<E> & Coded> Optional<E> find(Class<E> type, String code) {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(code, "code");
    return Optional.ofNullable(CodeTable.of(type).find(code));
  }

  /** Every code of {@code type}, in declaration order; an immutable list. */
  public static <E extends Enum<E> & Coded> List<String> codesOf(Class<E> type) {
    return CodeTable.of(type).codes();
  }
}
