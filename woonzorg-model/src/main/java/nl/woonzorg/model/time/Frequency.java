package nl.woonzorg.model.time;

import jakarta.validation.constraints.Positive;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;
import nl.woonzorg.model.style.WoonzorgStyle;

/**
 * How often something recurs (<i>frequentie</i>, <i>ritme</i>): "2× per jaar" bestuurlijk
 * overleg, yearly monitoring, "elke vier jaar evaluatie" ({@code times} 1 {@code per} {@code JAAR},
 * {@code every} 4).
 *
 * <p>Immutable and thread-safe.
 */
@API(status = API.Status.STABLE, since = "0.1.0")
@Value.Immutable
@WoonzorgStyle
public abstract class Frequency {

  Frequency() {}

  /** How many times per {@link #getPer() period}; at least 1. */
  @Value.Parameter
  @Positive
  public abstract int getTimes();

  /** The period counted in. */
  @Value.Parameter
  public abstract CalendarPeriod getPer();

  /**
   * Over how many of those periods the {@link #getTimes() times} are counted, at least 1: 4 for
   * "elke vier jaar"; empty for 1, every single period. Since format 1.1.
   */
  public abstract Optional<@Positive Integer> getEvery();

  /** {@code times} per {@code per}, e.g. {@code Frequency.of(2, CalendarPeriod.JAAR)}. */
  public static Frequency of(int times, CalendarPeriod per) {
    return ImmutableFrequency.of(times, per);
  }

  /** Once a year, the rhythm of the woonzorg cycle and of most monitoring. */
  public static Frequency yearly() {
    return of(1, CalendarPeriod.JAAR);
  }

  /** {@code once} every {@code periods} periods, e.g. "elke vier jaar": {@code onceEvery(4, JAAR)}. */
  public static Frequency onceEvery(int periods, CalendarPeriod per) {
    return builder().times(1).per(per).every(periods).build();
  }

  /**
   * How many whole times a year this comes to, rounded down: 0 for a rhythm of less than once a
   * year, such as every four years.
   */
  public int timesPerYear() {
    return (int) timesIn(1);
  }

  /**
   * How many times it falls in {@code years} years, rounded down: "elke vier jaar" falls once in
   * five years, "2× per jaar" ten times.
   */
  public long timesIn(int years) {
    return (long) getTimes() * getPer().getPeriodsPerYear() * years / getEvery().orElse(1);
  }

  /**
   * The rhythm in words of its codes: {@code "2 per JAAR"}, {@code "1 per 4 JAAR"}; for messages.
   */
  public String describe() {
    return getTimes() + " per " + getEvery().map(n -> n + " ").orElse("") + getPer().getCode();
  }

  /** Builds {@link Frequency} values; a builder is not thread-safe. */
  public static final class Builder extends ImmutableFrequency.Builder {}

  /** Returns a new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }
}
