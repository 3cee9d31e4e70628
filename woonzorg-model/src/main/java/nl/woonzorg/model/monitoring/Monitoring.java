package nl.woonzorg.model.monitoring;

import jakarta.validation.Valid;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import nl.woonzorg.model.style.WoonzorgStyle;
import nl.woonzorg.model.time.Frequency;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * The <i>borging</i> (monitoring and steering) of a woonzorgvisie and its agreements: the
 * indicators followed, their measurements, the evaluation moments, the early-warning thresholds,
 * and how often progress is reported. "Samenwerkende partijen monitoren jaarlijks de ontwikkelde
 * geclusterde woonvormen."
 *
 * <p>Every part is optional, so that a draft can be recorded as it grows.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = API.Status.STABLE, since = "0.1.0")
@Value.Immutable
@WoonzorgStyle
public abstract class Monitoring {

  Monitoring() {}

  /** The indicators followed, in the order given; empty if none. */
  public abstract List<@Valid Indicator> getIndicators();

  /** The measurements, in the order given; empty if none. */
  public abstract List<@Valid Measurement> getMeasurements();

  /** The evaluation moments, in the order given; empty if none. */
  public abstract List<@Valid EvaluationMoment> getEvaluationMoments();

  /** The early-warning thresholds, in the order given; empty if none. */
  public abstract List<@Valid EarlyWarningThreshold> getThresholds();

  /** How often progress is reported, e.g. {@link Frequency#yearly()}; empty if not agreed. */
  public abstract Optional<@Valid Frequency> getReportingFrequency();

  /**
   * The measurements of indicator {@code indicatorId}, oldest reference date first (ties keep the
   * order given); empty if there are none.
   */
  public List<Measurement> measurementsOf(String indicatorId) {
    return getMeasurements().stream()
        .filter(m -> m.getIndicatorId().equals(indicatorId))
        .sorted(Comparator.comparing(Measurement::getReferenceDate))
        .toList();
  }

  /** The indicator with id {@code indicatorId}; empty if there is none. */
  public Optional<Indicator> findIndicator(String indicatorId) {
    return getIndicators().stream().filter(i -> i.getId().equals(indicatorId)).findFirst();
  }

  /** Builds a {@link Monitoring}; every attribute is optional. */
  public static final class Builder extends ImmutableMonitoring.Builder {}

  /** Returns a new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }
}
