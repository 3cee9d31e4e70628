package nl.woonzorg.model.monitoring;

import java.math.BigDecimal;
import nl.woonzorg.model.code.Codes;
import nl.woonzorg.model.code.CodeEntry;
import nl.woonzorg.model.code.CodeList;
import org.apiguardian.api.API;

/**
 * Which side of an {@link EarlyWarningThreshold} calls for action (<i>vergelijking</i>): a value
 * below it (too few homes built) or above it (a waiting list too long). The wire code is the
 * constant's name.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public enum Comparison implements CodeList {
  /** Onder: a value strictly below the threshold triggers it. */
  ONDER("onder", "below"),
  /** Boven: a value strictly above the threshold triggers it. */
  BOVEN("boven", "above");

  private final CodeEntry entry;

  Comparison(String labelNl, String labelEn) {
    entry = new CodeEntry(name(), labelNl, labelEn);
  }

  /**
   * Whether {@code value} lies strictly on this side of {@code threshold}; a value equal to the
   * threshold lies on neither side. Compares numerically, so {@code 5} and {@code 5.0} are equal.
   */
  boolean holds(BigDecimal value, BigDecimal threshold) {
    int order = value.compareTo(threshold);
    return this == ONDER ? order < 0 : order > 0;
  }

  @Override
  public CodeEntry codeEntry() {
    return entry;
  }

  /**
   * Returns the comparison with the given wire code.
   *
   * @throws nl.woonzorg.model.code.UnknownCodeException if there is none
   */
  public static Comparison fromCode(String code) {
    return Codes.fromCode(Comparison.class, code);
  }
}
