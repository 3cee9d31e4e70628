package nl.woonzorg.analysis.monitor;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.woonzorg.model.monitoring.Measurement;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Measurements of one indicator, area and date that give different values (<i>tegenstrijdige
 * metingen</i>), as when a corporation and the gemeente each report the homes delivered. None of
 * them is picked: the monitor leaves the date out and reports it.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class Disagreement {

  private final String indicatorId;
  private final @Nullable String areaId;
  private final LocalDate date;
  private final List<Measurement> measurements;

  private Disagreement(String indicatorId, @Nullable String areaId, LocalDate date,
      List<Measurement> measurements) {
    this.indicatorId = indicatorId;
    this.areaId = areaId;
    this.date = date;
    this.measurements = List.copyOf(measurements);
  }

  /**
   * Returns the disagreement of {@code measurements}, all of one indicator, area and date.
   *
   * @throws IllegalArgumentException if there are fewer than two, or they differ in indicator,
   *     area or date
   */
  public static Disagreement of(List<Measurement> measurements) {
    if (measurements.size() < 2) {
      throw new IllegalArgumentException("a disagreement needs two measurements or more");
    }
    Measurement first = measurements.get(0);
    for (Measurement other : measurements) {
      if (!other.getIndicatorId().equals(first.getIndicatorId())
          || !other.getAreaId().equals(first.getAreaId())
          || !other.getReferenceDate().equals(first.getReferenceDate())) {
        throw new IllegalArgumentException("not one indicator, area and date: " + measurements);
      }
    }
    return new Disagreement(first.getIndicatorId(), first.getAreaId().orElse(null),
        first.getReferenceDate(), measurements);
  }

  /** The indicator's id. */
  public String indicatorId() {
    return indicatorId;
  }

  /** The area the measurements name; empty if they name none (the document's area). */
  public Optional<String> areaId() {
    return Optional.ofNullable(areaId);
  }

  /** The reference date. */
  public LocalDate date() {
    return date;
  }

  /** The measurements, as given, each with its source. */
  public List<Measurement> measurements() {
    return measurements;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Disagreement
        && indicatorId.equals(((Disagreement) other).indicatorId)
        && Objects.equals(areaId, ((Disagreement) other).areaId)
        && date.equals(((Disagreement) other).date)
        && measurements.equals(((Disagreement) other).measurements);
  }

  @Override
  public int hashCode() {
    return Objects.hash(indicatorId, areaId, date, measurements);
  }

  /** The indicator, date and measurements, for debugging; the form may change. */
  @Override
  public String toString() {
    return indicatorId + (areaId == null ? "" : " in " + areaId) + " on " + date + ": "
        + measurements;
  }
}
