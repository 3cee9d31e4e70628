package nl.woonzorg.model.time;

import jakarta.validation.constraints.Positive;
import org.apiguardian.api.API;
import org.immutables.value.Value;
import nl.woonzorg.model.style.WoonzorgStyle;

/**
 * How often something recurs (<i>frequentie</i>): "2× per jaar" bestuurlijk overleg, yearly
 * monitoring.
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

  /** {@code times} per {@code per}, e.g. {@code Frequency.of(2, CalendarPeriod.JAAR)}. */
  public static Frequency of(int times, CalendarPeriod per) {
    return ImmutableFrequency.of(times, per);
  }

  /** Once a year, the rhythm of the woonzorg cycle and of most monitoring. */
  public static Frequency yearly() {
    return of(1, CalendarPeriod.JAAR);
  }

  /** How many times a year this comes to. */
  public int timesPerYear() {
    return getTimes() * getPer().getPeriodsPerYear();
  }

  /** Builds {@link Frequency} values; a builder is not thread-safe. */
  public static final class Builder extends ImmutableFrequency.Builder {}

  /** Returns a new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }
}
