package nl.woonzorg.analysis.pace;

import java.util.Objects;
import nl.woonzorg.analysis.number.Fraction;
import nl.woonzorg.model.time.YearPeriod;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The required pace (<i>benodigd tempo</i>): what is still to be done, divided by the periods left
 * to do it in, {@code (target − realised) / periods left} — the 800,000 homes still to build over
 * 2024–2030 make 800000/7 = 114,285 5/7 a year (Kamerbrief 5 June 2024).
 *
 * <p>How many periods are left is the caller's to say, and it matters: 290,000 homes over
 * 2023–2030 are 36,250 a year, over 2022–2030 32,222 2/9. {@link #over(YearPeriod, Fraction,
 * Fraction)} counts the years of a period, both ends included.
 *
 * <p>The pace keeps its sign: a target that {@linkplain Direction#DOWN counts down} ("from 120 to
 * 80 households waiting") requires a pace below zero, −10 a year over four years. A target already
 * passed gives a pace the other way, and one just reached a pace of zero: nothing more is required.
 * Immutable and thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class RequiredPace {

  private final Direction direction;
  private final Fraction target;
  private final Fraction realised;
  private final long periodsLeft;

  private RequiredPace(Direction direction, Fraction target, Fraction realised, long periodsLeft) {
    this.direction = direction;
    this.target = target;
    this.realised = realised;
    this.periodsLeft = periodsLeft;
  }

  /**
   * Returns the pace to go from {@code realised} up to {@code target} in {@code periodsLeft}
   * periods.
   *
   * @throws IllegalArgumentException if {@code periodsLeft} is not above zero
   */
  public static RequiredPace of(Fraction target, Fraction realised, long periodsLeft) {
    return of(Direction.UP, target, realised, periodsLeft);
  }

  /**
   * Returns the pace to go from {@code realised} to {@code target}, which lies in {@code
   * direction}, in {@code periodsLeft} periods.
   *
   * @throws IllegalArgumentException if {@code periodsLeft} is not above zero
   */
  public static RequiredPace of(Direction direction, Fraction target, Fraction realised,
      long periodsLeft) {
    Objects.requireNonNull(direction, "direction");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(realised, "realised");
    if (periodsLeft <= 0) {
      throw new IllegalArgumentException(
          "a required pace needs at least one period left, not " + periodsLeft);
    }
    return new RequiredPace(direction, target, realised, periodsLeft);
  }

  /**
   * Returns the yearly pace to go from {@code realised} to {@code target} in the years of {@code
   * yearsLeft}, both ends included: 2024–2030 is seven years.
   */
  public static RequiredPace over(YearPeriod yearsLeft, Fraction target, Fraction realised) {
    return of(target, realised, yearsLeft.lengthInYears());
  }

  /** The direction the target lies in; {@link Direction#UP} unless given. */
  public Direction direction() {
    return direction;
  }

  /** The target, e.g. the number of homes to build. */
  public Fraction target() {
    return target;
  }

  /** What has been realised towards the {@link #target()} so far. */
  public Fraction realised() {
    return realised;
  }

  /** The number of periods left, above zero. */
  public long periodsLeft() {
    return periodsLeft;
  }

  /**
   * What is still to be done, {@code target − realised}: below zero for a target that counts
   * down, and the other way once the target is passed.
   */
  public Fraction remaining() {
    return target.subtract(realised);
  }

  /** The pace required per period, {@code remaining / periods left}, exact. */
  public Fraction pace() {
    return remaining().divide(Fraction.of(periodsLeft));
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof RequiredPace
        && direction == ((RequiredPace) other).direction
        && target.equals(((RequiredPace) other).target)
        && realised.equals(((RequiredPace) other).realised)
        && periodsLeft == ((RequiredPace) other).periodsLeft;
  }

  @Override
  public int hashCode() {
    return Objects.hash(direction, target, realised, periodsLeft);
  }

  /**
   * The formula with its figures, e.g. {@code (800000 − 0) / 7 = 114285 5/7}, for debugging; the
   * form may change.
   */
  @Override
  public String toString() {
    return "(" + target.toMixedString() + " − " + realised.toMixedString() + ") / " + periodsLeft
        + " = " + pace().toMixedString();
  }
}
