package nl.woonzorg.analysis.regional;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.woonzorg.analysis.number.Fraction;
import nl.woonzorg.model.monitoring.Measurement;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * One area's figure for an indicator (<i>gebiedscijfer</i>), with the measurements it came from
 * and the denominators that normalise it, when known.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class AreaFigure {

  private final String area;
  private final Fraction value;
  private final List<Measurement> measurements;
  private final @Nullable Long inhabitants;
  private final @Nullable Long dwellings;

  private AreaFigure(String area, Fraction value, List<Measurement> measurements,
      @Nullable Long inhabitants, @Nullable Long dwellings) {
    this.area = area;
    this.value = value;
    this.measurements = List.copyOf(measurements);
    this.inhabitants = inhabitants;
    this.dwellings = dwellings;
  }

  /**
   * Returns the figure {@code value} of {@code area} (a CBS code or a document's area id), from
   * {@code measurements}, with no denominators.
   */
  public static AreaFigure of(String area, Fraction value, List<Measurement> measurements) {
    return new AreaFigure(Objects.requireNonNull(area, "area"),
        Objects.requireNonNull(value, "value"), measurements, null, null);
  }

  /**
   * Returns this figure with the area's number of inhabitants (null: unknown).
   *
   * @throws IllegalArgumentException if {@code count} is negative
   */
  public AreaFigure withInhabitants(@Nullable Long count) {
    return new AreaFigure(area, value, measurements, checked(count), dwellings);
  }

  /**
   * Returns this figure with the area's number of dwellings (null: unknown).
   *
   * @throws IllegalArgumentException if {@code count} is negative
   */
  public AreaFigure withDwellings(@Nullable Long count) {
    return new AreaFigure(area, value, measurements, inhabitants, checked(count));
  }

  private static @Nullable Long checked(@Nullable Long count) {
    if (count != null && count < 0) {
      throw new IllegalArgumentException("a count cannot be negative: " + count);
    }
    return count;
  }

  /** The area's code or id. */
  public String area() {
    return area;
  }

  /** The figure, exact. */
  public Fraction value() {
    return value;
  }

  /** The measurements it came from. */
  public List<Measurement> measurements() {
    return measurements;
  }

  /** The area's inhabitants; empty if not given. */
  public Optional<Long> inhabitants() {
    return Optional.ofNullable(inhabitants);
  }

  /** The area's dwellings; empty if not given. */
  public Optional<Long> dwellings() {
    return Optional.ofNullable(dwellings);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof AreaFigure
        && area.equals(((AreaFigure) other).area)
        && value.equals(((AreaFigure) other).value)
        && measurements.equals(((AreaFigure) other).measurements)
        && Objects.equals(inhabitants, ((AreaFigure) other).inhabitants)
        && Objects.equals(dwellings, ((AreaFigure) other).dwellings);
  }

  @Override
  public int hashCode() {
    return Objects.hash(area, value, measurements, inhabitants, dwellings);
  }

  /** The area and figure, for debugging; the form may change. */
  @Override
  public String toString() {
    return area + ": " + value.toMixedString();
  }
}
