package nl.woonzorg.analysis.pace;

import java.util.Objects;
import java.util.Optional;
import nl.woonzorg.analysis.number.Fraction;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * When a target is reached at a steady pace (<i>prognose</i>): {@code now + (target − realised) /
 * pace}, in the unit of time the pace is per. The MIT shortage of homes fell 15,000 a year from
 * 132,000 (2006) to 87,000 (2009); at that pace it is gone in 2009 + 87000/15000 = 2014.8 — ignoring
 * that demand grows. No Dutch monitor publishes such a projection; the formula is ours.
 *
 * <p>There is no projection at a pace of zero or one that goes away from the target's {@linkplain
 * Direction direction} (below zero for a target that counts up, above zero for one that counts
 * down): at that pace the target is never reached. From 100 households waiting towards 80, at −5
 * a year, 2024 + (80 − 100) / −5 = 2028. A target already passed projects to a time before {@code
 * now}, when it was reached had the pace been steady.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class Projection {

  private final Direction direction;
  private final Fraction now;
  private final Fraction target;
  private final Fraction realised;
  private final Fraction pace;

  private Projection(Direction direction, Fraction now, Fraction target, Fraction realised,
      Fraction pace) {
    this.direction = direction;
    this.now = now;
    this.target = target;
    this.realised = realised;
    this.pace = pace;
  }

  /**
   * Returns the projection from {@code realised} at time {@code now} up to {@code target} at
   * {@code pace} per unit of time.
   */
  public static Projection of(Fraction now, Fraction target, Fraction realised, Fraction pace) {
    return of(Direction.UP, now, target, realised, pace);
  }

  /**
   * Returns the projection from {@code realised} at time {@code now} to {@code target}, which lies
   * in {@code direction}, at {@code pace} per unit of time.
   */
  public static Projection of(Direction direction, Fraction now, Fraction target,
      Fraction realised, Fraction pace) {
    return new Projection(Objects.requireNonNull(direction, "direction"),
        Objects.requireNonNull(now, "now"),
        Objects.requireNonNull(target, "target"), Objects.requireNonNull(realised, "realised"),
        Objects.requireNonNull(pace, "pace"));
  }

  /** The direction the target lies in; {@link Direction#UP} unless given. */
  public Direction direction() {
    return direction;
  }

  /** The time projected from, e.g. the year 2009. */
  public Fraction now() {
    return now;
  }

  /** The target. */
  public Fraction target() {
    return target;
  }

  /** What has been realised towards the {@link #target()} at {@link #now()}. */
  public Fraction realised() {
    return realised;
  }

  /** The pace per unit of time. */
  public Fraction pace() {
    return pace;
  }

  /** What is still to be done, {@code target − realised}. */
  public Fraction remaining() {
    return target.subtract(realised);
  }

  /**
   * The time the target is reached, {@code now + remaining / pace}, exact; empty if the pace is zero
   * or goes away from the target's direction.
   */
  public Optional<Fraction> reachedAt() {
    return direction.oriented(pace).signum() > 0
        ? Optional.of(now.add(remaining().divide(pace)))
        : Optional.empty();
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Projection
        && direction == ((Projection) other).direction
        && now.equals(((Projection) other).now)
        && target.equals(((Projection) other).target)
        && realised.equals(((Projection) other).realised)
        && pace.equals(((Projection) other).pace);
  }

  @Override
  public int hashCode() {
    return Objects.hash(direction, now, target, realised, pace);
  }

  /** The formula with its figures, for debugging; the form may change. */
  @Override
  public String toString() {
    String formula = now.toMixedString() + " + (" + target.toMixedString() + " − "
        + realised.toMixedString() + ") / " + pace.toMixedString();
    return reachedAt().map(time -> formula + " = " + time.toMixedString())
        .orElse(formula + ": never, at a pace of " + pace.toMixedString());
  }
}
