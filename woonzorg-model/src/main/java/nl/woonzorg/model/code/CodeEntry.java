package nl.woonzorg.model.code;

import java.time.LocalDate;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * What a {@linkplain CodeList code-list} constant declares of itself: its wire code, its Dutch and
 * English labels and, for lists that withdraw entries (VERA's), the day it was withdrawn.
 *
 * <p>One value per constant, made by the constant's constructor, so that the list's interface can
 * answer every getter and the enumeration needs no fields, getters or constructor logic of its own
 * for these. Callers read the code and labels through {@link Coded}; this type is the enumerations'
 * storage, not a second way in.
 *
 * <p>Nothing but {@code endDate} is null. Immutable and thread-safe.
 *
 * @param code the stable wire code; not blank
 * @param labelNl the Dutch label
 * @param labelEn the English label
 * @param endDate the day from which the entry is no longer used; null while it is live
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public record CodeEntry(String code, String labelNl, String labelEn, @Nullable LocalDate endDate) {

  /** Checks the entry, once per constant when its enumeration is loaded. */
  public CodeEntry {
    if (code.isBlank()) {
      throw new IllegalArgumentException("a code is not blank");
    }
    Objects.requireNonNull(labelNl, "labelNl");
    Objects.requireNonNull(labelEn, "labelEn");
  }

  /** A live entry, which is what every entry of a list that withdraws none is. */
  public CodeEntry(String code, String labelNl, String labelEn) {
    this(code, labelNl, labelEn, null);
  }
}
