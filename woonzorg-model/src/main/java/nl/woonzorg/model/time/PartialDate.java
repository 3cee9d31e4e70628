package nl.woonzorg.model.time;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import nl.woonzorg.model.style.WoonzorgStyle;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * A date known only as precisely as the document says it (<i>onvolledige datum</i>): a year
 * ("sinds 2018"), a part of a year ("voorjaar 2021"), a month ("maart 2022") or a day. It stands
 * for the days from {@link #firstDay()} to {@link #lastDay()}; nothing is made up to fill it.
 *
 * <p>A month and a part of the year exclude each other; a day needs a month and must exist in it.
 * Its text form ({@link #toString()}) is ISO 8601's reduced precision ({@code 2018},
 * {@code 2022-03}, {@code 2022-03-15}), with a part of the year as its code ({@code 2021
 * VOORJAAR}).
 *
 * <p>Immutable and thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
@Value.Immutable
@WoonzorgStyle
public abstract class PartialDate {

  PartialDate() {}

  /** The year. */
  @Value.Parameter
  public abstract int getYear();

  /** The part of the year, e.g. voorjaar; empty if not given. */
  public abstract Optional<YearPart> getPart();

  /** The month, 1 to 12; empty if not known. */
  public abstract Optional<Integer> getMonth();

  /** The day of the month; empty if not known. Needs a month. */
  public abstract Optional<Integer> getDay();

  /** Only the year is known: "sinds 2018". */
  public static PartialDate ofYear(int year) {
    return ImmutablePartialDate.of(year);
  }

  /** A part of the year: "voorjaar 2021". */
  public static PartialDate of(int year, YearPart part) {
    return builder().year(year).part(part).build();
  }

  /** Year and month: "maart 2022". */
  public static PartialDate of(int year, int month) {
    return builder().year(year).month(month).build();
  }

  /** A full date. */
  public static PartialDate of(LocalDate date) {
    return builder().year(date.getYear()).month(date.getMonthValue())
        .day(date.getDayOfMonth()).build();
  }

  /** The first day it can stand for. */
  public LocalDate firstDay() {
    if (getDay().isPresent()) {
      return LocalDate.of(getYear(), getMonth().orElseThrow(), getDay().get());
    }
    int month = getMonth().orElseGet(() -> getPart().map(YearPart::getFirstMonth).orElse(1));
    return LocalDate.of(getYear(), month, 1);
  }

  /** The last day it can stand for. */
  public LocalDate lastDay() {
    if (getDay().isPresent()) {
      return firstDay();
    }
    int month = getMonth().orElseGet(() -> getPart().map(YearPart::getLastMonth).orElse(12));
    return YearMonth.of(getYear(), month).atEndOfMonth();
  }

  @Value.Check
  final void check() {
    if (getYear() < 1 || getYear() > 9999) {
      throw new IllegalStateException("year must be 1 to 9999, not " + getYear());
    }
    if (getPart().isPresent() && getMonth().isPresent()) {
      throw new IllegalStateException("a partial date has a month or a part of the year, not both");
    }
    if (getMonth().isPresent() && (getMonth().get() < 1 || getMonth().get() > 12)) {
      throw new IllegalStateException("month must be 1 to 12, not " + getMonth().get());
    }
    if (getDay().isPresent()) {
      if (getMonth().isEmpty()) {
        throw new IllegalStateException("a partial date with a day needs a month");
      }
      int length = YearMonth.of(getYear(), getMonth().get()).lengthOfMonth();
      if (getDay().get() < 1 || getDay().get() > length) {
        throw new IllegalStateException("day must be 1 to " + length + " in "
            + YearMonth.of(getYear(), getMonth().get()) + ", not " + getDay().get());
      }
    }
  }

  /** {@code 2018}, {@code 2022-03}, {@code 2022-03-15} or {@code 2021 VOORJAAR}. */
  @Override
  public String toString() {
    if (getDay().isPresent()) {
      return firstDay().toString();
    }
    if (getMonth().isPresent()) {
      return YearMonth.of(getYear(), getMonth().get()).toString();
    }
    return getYear() + getPart().map(part -> " " + part.getCode()).orElse("");
  }

  /**
   * Builds a {@link PartialDate}. {@code build()} throws {@link IllegalStateException} if the year
   * is missing or the parts do not make a date.
   */
  public static final class Builder extends ImmutablePartialDate.Builder {}

  /** Returns a new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }
}
