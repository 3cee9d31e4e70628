package nl.woonzorg.analysis.population;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import nl.woonzorg.model.area.AreaType;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * One cell of a population table (<i>aantal</i>): a whole number of people or households, or a
 * figure CBS <i>suppressed</i> (<i>geheimgehouden</i>) because the area is too small to publish it.
 * A suppressed figure is not zero and has no value: sums over it are incomplete, and say so.
 *
 * <p>A count may have been taken from a higher area level when the area's own was suppressed (a
 * <i>terugval</i>, fallback); it then names the area it came from, {@link #fallbackFrom()}, so that
 * no one reads it as the area's own.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class Count {

  private static final Count SUPPRESSED = new Count(-1, null);

  /** The number; -1 for a suppressed figure, which no valid count can be. */
  private final long value;
  private final @Nullable String fallbackFrom;

  private Count(long value, @Nullable String fallbackFrom) {
    this.value = value;
    this.fallbackFrom = fallbackFrom;
  }

  /**
   * The count {@code value}, the area's own.
   *
   * @throws IllegalArgumentException if {@code value} is negative
   */
  public static Count of(long value) {
    return new Count(checked(value), null);
  }

  /** A figure CBS suppressed: no value, and not zero. */
  public static Count suppressed() {
    return SUPPRESSED;
  }

  /**
   * The count {@code value} taken from the area with CBS code {@code areaCode} because the
   * area's own figure was suppressed, e.g. a wijk's share applied to one of its buurten.
   *
   * @throws IllegalArgumentException if {@code value} is negative or {@code areaCode} is not a CBS
   *     code of a level ({@code NL00}, {@code PVnn}, {@code GMnnnn}, {@code WKnnnnnn})
   */
  public static Count fallback(long value, String areaCode) {
    Objects.requireNonNull(areaCode, "areaCode");
    if (!"NL00".equals(areaCode)
        && AreaType.ofCodePrefix(areaCode).filter(type -> type.hasCodeFormat(areaCode)).isEmpty()) {
      throw new IllegalArgumentException("a fallback names the CBS code of the area it came from,"
          + " e.g. WK036300, not '" + areaCode + "'");
    }
    return new Count(checked(value), areaCode);
  }

  private static long checked(long value) {
    if (value < 0) {
      throw new IllegalArgumentException("a count cannot be negative: " + value);
    }
    return value;
  }

  /** Whether CBS suppressed this figure. */
  public boolean isSuppressed() {
    return value < 0;
  }

  /** The number; empty if suppressed. */
  public OptionalLong value() {
    return isSuppressed() ? OptionalLong.empty() : OptionalLong.of(value);
  }

  /**
   * The number.
   *
   * @throws IllegalStateException if the figure is suppressed
   */
  public long valueOrThrow() {
    if (isSuppressed()) {
      throw new IllegalStateException("the figure is suppressed: it has no value");
    }
    return value;
  }

  /** The CBS code of the higher area this count was taken from; empty if it is the area's own. */
  public Optional<String> fallbackFrom() {
    return Optional.ofNullable(fallbackFrom);
  }

  /** The level of the area this count was taken from; empty if it is the area's own. */
  public Optional<AreaType> fallbackLevel() {
    return fallbackFrom().map(code -> "NL00".equals(code) ? AreaType.LAND
        : AreaType.ofCodePrefix(code).orElseThrow());
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Count && ((Count) other).value == value
        && Objects.equals(((Count) other).fallbackFrom, fallbackFrom);
  }

  @Override
  public int hashCode() {
    return Long.hashCode(value) * 31 + Objects.hashCode(fallbackFrom);
  }

  /** The number, {@code "suppressed"}, or the number and its area, e.g. {@code "12 (from WK036300)"}. */
  @Override
  public String toString() {
    String text = isSuppressed() ? "suppressed" : Long.toString(value);
    return fallbackFrom == null ? text : text + " (from " + fallbackFrom + ")";
  }
}
