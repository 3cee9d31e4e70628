package nl.woonzorg.analysis.pace;

import java.util.Objects;
import nl.woonzorg.analysis.number.Fraction;
import nl.woonzorg.model.time.YearPeriod;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The realised pace (<i>gerealiseerd tempo</i>): what was realised in a window of recent periods,
 * divided by the window's length — some 180,000 homes in two years make 90,000 a year (Kamerbrief
 * 5 June 2024).
 *
 * <p>Immutable and thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class RealisedPace {

  private final Fraction realised;
  private final long window;

  private RealisedPace(Fraction realised, long window) {
    this.realised = realised;
    this.window = window;
  }

  /**
   * Returns the pace of {@code realised} in a window of {@code window} periods.
   *
   * @throws IllegalArgumentException if {@code window} is not above zero
   */
  public static RealisedPace of(Fraction realised, long window) {
    Objects.requireNonNull(realised, "realised");
    if (window <= 0) {
      throw new IllegalArgumentException(
          "a realised pace needs a window of at least one period, not " + window);
    }
    return new RealisedPace(realised, window);
  }

  /**
   * Returns the yearly pace of {@code realised} in the years of {@code window}, both ends included:
   * 2022–2023 is two years.
   */
  public static RealisedPace over(YearPeriod window, Fraction realised) {
    return of(realised, window.lengthInYears());
  }

  /** What was realised in the window. */
  public Fraction realised() {
    return realised;
  }

  /** The length of the window in periods, above zero. */
  public long window() {
    return window;
  }

  /** The pace per period, {@code realised / window}, exact. */
  public Fraction pace() {
    return realised.divide(Fraction.of(window));
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof RealisedPace
        && realised.equals(((RealisedPace) other).realised)
        && window == ((RealisedPace) other).window;
  }

  @Override
  public int hashCode() {
    return Objects.hash(realised, window);
  }

  /** The formula with its figures, e.g. {@code 180000 / 2 = 90000}, for debugging; the form may change. */
  @Override
  public String toString() {
    return realised.toMixedString() + " / " + window + " = " + pace().toMixedString();
  }
}
