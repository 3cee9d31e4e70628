package nl.woonzorg.model.time;

import java.time.LocalDate;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;
import nl.woonzorg.model.style.WoonzorgStyle;

/**
 * When something must be done (<i>termijn</i>, <i>deadline</i>): either by the end of a year
 * ("in 2025") or by a date. Exactly one of the two is present.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = API.Status.STABLE, since = "0.1.0")
@Value.Immutable
@WoonzorgStyle
public abstract class Deadline {

  Deadline() {}

  /** The year by whose end it must be done, if the deadline is a year. */
  public abstract Optional<Integer> getYear();

  /** The date by which it must be done, if the deadline is a date. */
  public abstract Optional<LocalDate> getDate();

  /** By the end of {@code year}. */
  public static Deadline ofYear(int year) {
    return builder().year(year).build();
  }

  /** By {@code date}. */
  public static Deadline ofDate(LocalDate date) {
    return builder().date(date).build();
  }

  /** The last day that still meets the deadline: the date itself, or 31 December of the year. */
  public LocalDate lastDay() {
    return getDate().orElseGet(() -> LocalDate.of(getYear().orElseThrow(), 12, 31));
  }

  /** The year in which the deadline falls. */
  public int deadlineYear() {
    return getDate().map(LocalDate::getYear).orElseGet(() -> getYear().orElseThrow());
  }

  @Value.Check
  final void check() {
    if (getYear().isPresent() == getDate().isPresent()) {
      throw new IllegalStateException("a deadline is either a year or a date, not "
          + (getYear().isPresent() ? "both" : "neither"));
    }
  }

  /** Builds {@link Deadline} values; a builder is not thread-safe. */
  public static final class Builder extends ImmutableDeadline.Builder {}

  /** Returns a new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }
}
