package nl.woonzorg.model.time;

import org.apiguardian.api.API;
import org.immutables.value.Value;
import nl.woonzorg.model.style.WoonzorgStyle;

/**
 * An inclusive span of calendar years (<i>looptijd</i>, <i>periode</i>), such as a vision's
 * 2024–2030 or a multi-year agreement's 2025–2028.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = API.Status.STABLE, since = "0.1.0")
@Value.Immutable
@WoonzorgStyle
public abstract class YearPeriod {

  YearPeriod() {}

  /** The first year of the period, inclusive. */
  @Value.Parameter
  public abstract int getFromYear();

  /** The last year of the period, inclusive; never before {@link #getFromYear()}. */
  @Value.Parameter
  public abstract int getToYear();

  /**
   * Returns the period from {@code fromYear} to {@code toYear}, both inclusive.
   *
   * @throws IllegalStateException if {@code toYear} is before {@code fromYear}
   */
  public static YearPeriod of(int fromYear, int toYear) {
    return ImmutableYearPeriod.of(fromYear, toYear);
  }

  /** Whether {@code year} lies within this period. */
  public boolean contains(int year) {
    return year >= getFromYear() && year <= getToYear();
  }

  /** The number of years in the period, at least 1. */
  public int lengthInYears() {
    return getToYear() - getFromYear() + 1;
  }

  @Value.Check
  final void check() {
    if (getToYear() < getFromYear()) {
      throw new IllegalStateException(
          "period ends (" + getToYear() + ") before it starts (" + getFromYear() + ")");
    }
  }

  /** Builds {@link YearPeriod} values; a builder is not thread-safe. */
  public static final class Builder extends ImmutableYearPeriod.Builder {}

  /** Returns a new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }
}
