package nl.woonzorg.analysis.monitor;

import java.util.Objects;
import java.util.Optional;
import nl.woonzorg.analysis.number.Fraction;
import nl.woonzorg.model.monitoring.Measurement;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A goal's level at the end of a year (<i>stand</i>): the last measurement in that year, or the
 * goal's baseline (<i>nulmeting</i>) in its baseline year. Paces are taken between such levels.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class YearLevel {

  private final int year;
  private final Fraction value;
  private final @Nullable Measurement measurement;

  private YearLevel(int year, Fraction value, @Nullable Measurement measurement) {
    this.year = year;
    this.value = value;
    this.measurement = measurement;
  }

  /** The level {@code measurement} gives for the year of its reference date. */
  public static YearLevel of(Measurement measurement) {
    return new YearLevel(measurement.getReferenceDate().getYear(),
        Fraction.from(measurement.getValue()), measurement);
  }

  /** The baseline {@code value} of {@code year}, which no measurement gives. */
  public static YearLevel baseline(int year, Fraction value) {
    return new YearLevel(year, Objects.requireNonNull(value, "value"), null);
  }

  /** The year. */
  public int year() {
    return year;
  }

  /** The level, exact. */
  public Fraction value() {
    return value;
  }

  /** The measurement it came from; empty for the baseline. */
  public Optional<Measurement> measurement() {
    return Optional.ofNullable(measurement);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof YearLevel
        && year == ((YearLevel) other).year
        && value.equals(((YearLevel) other).value)
        && Objects.equals(measurement, ((YearLevel) other).measurement);
  }

  @Override
  public int hashCode() {
    return Objects.hash(year, value, measurement);
  }

  /** The year and level, for debugging; the form may change. */
  @Override
  public String toString() {
    return year + ": " + value.toMixedString() + (measurement == null ? " (baseline)" : "");
  }
}
