package nl.woonzorg.analysis.regional;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import nl.woonzorg.analysis.normalisation.Denominators;
import nl.woonzorg.analysis.number.Fraction;
import nl.woonzorg.analysis.population.PopulationMeasure;
import nl.woonzorg.model.monitoring.Measurement;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * One area's figure for an indicator (<i>gebiedscijfer</i>), with the measurements it came from
 * and the {@linkplain Denominators denominators} that normalise it, when known.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class AreaFigure implements Denominators {

  private final String area;
  private final Fraction value;
  private final List<Measurement> measurements;
  private final Map<PopulationMeasure, Long> population;
  private final @Nullable Long dwellings;

  private AreaFigure(String area, Fraction value, List<Measurement> measurements,
      Map<PopulationMeasure, Long> population, @Nullable Long dwellings) {
    this.area = area;
    this.value = value;
    this.measurements = List.copyOf(measurements);
    this.population = population;
    this.dwellings = dwellings;
  }

  /**
   * Returns the figure {@code value} of {@code area} (a CBS code or a document's area id), from
   * {@code measurements}, with no denominators.
   */
  public static AreaFigure of(String area, Fraction value, List<Measurement> measurements) {
    return new AreaFigure(Objects.requireNonNull(area, "area"),
        Objects.requireNonNull(value, "value"), measurements, Map.of(), null);
  }

  /**
   * Returns this figure with the area's count of {@code measure} (null: unknown), e.g. its
   * inhabitants or its people aged 65 and over.
   *
   * @throws IllegalArgumentException if {@code count} is negative
   */
  public AreaFigure withPopulation(PopulationMeasure measure, @Nullable Long count) {
    Map<PopulationMeasure, Long> more = new EnumMap<>(PopulationMeasure.class);
    more.putAll(population);
    if (checked(count) == null) {
      more.remove(Objects.requireNonNull(measure, "measure"));
    } else {
      more.put(Objects.requireNonNull(measure, "measure"), count);
    }
    return new AreaFigure(area, value, measurements, Collections.unmodifiableMap(more), dwellings);
  }

  /**
   * Returns this figure with the area's number of inhabitants (null: unknown).
   *
   * @throws IllegalArgumentException if {@code count} is negative
   */
  public AreaFigure withInhabitants(@Nullable Long count) {
    return withPopulation(PopulationMeasure.INWONERS, count);
  }

  /**
   * Returns this figure with the area's number of dwellings (null: unknown).
   *
   * @throws IllegalArgumentException if {@code count} is negative
   */
  public AreaFigure withDwellings(@Nullable Long count) {
    return new AreaFigure(area, value, measurements, population, checked(count));
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

  /** The area's count of {@code measure}; empty if not given. */
  @Override
  public Optional<Fraction> population(PopulationMeasure measure) {
    return Optional.ofNullable(population.get(measure)).map(Fraction::of);
  }

  /** The area's dwellings; empty if not given. */
  @Override
  public Optional<Fraction> dwellings() {
    return Optional.ofNullable(dwellings).map(Fraction::of);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof AreaFigure that && area.equals(that.area)
        && value.equals(that.value) && measurements.equals(that.measurements)
        && population.equals(that.population) && Objects.equals(dwellings, that.dwellings);
  }

  @Override
  public int hashCode() {
    return Objects.hash(area, value, measurements, population, dwellings);
  }

  /** The area and figure, for debugging; the form may change. */
  @Override
  public String toString() {
    return area + ": " + value.toMixedString();
  }
}
