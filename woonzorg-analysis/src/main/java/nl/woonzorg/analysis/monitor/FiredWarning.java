package nl.woonzorg.analysis.monitor;

import java.util.Objects;
import nl.woonzorg.model.monitoring.EarlyWarningThreshold;
import nl.woonzorg.model.monitoring.Measurement;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * An early warning that fired (<i>afgegaan signaal</i>): the threshold and the measurement that
 * crossed it, on the measurement's reference date.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class FiredWarning {

  private final EarlyWarningThreshold threshold;
  private final Measurement measurement;

  private FiredWarning(EarlyWarningThreshold threshold, Measurement measurement) {
    this.threshold = threshold;
    this.measurement = measurement;
  }

  /**
   * Returns the warning {@code threshold} gave on {@code measurement}.
   *
   * @throws IllegalArgumentException if the threshold is not triggered by the measurement
   */
  public static FiredWarning of(EarlyWarningThreshold threshold, Measurement measurement) {
    if (!threshold.isTriggeredBy(measurement)) {
      throw new IllegalArgumentException("threshold " + threshold + " is not triggered by "
          + measurement);
    }
    return new FiredWarning(threshold, measurement);
  }

  /** The threshold. */
  public EarlyWarningThreshold threshold() {
    return threshold;
  }

  /** The measurement that crossed it. */
  public Measurement measurement() {
    return measurement;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof FiredWarning
        && threshold.equals(((FiredWarning) other).threshold)
        && measurement.equals(((FiredWarning) other).measurement);
  }

  @Override
  public int hashCode() {
    return Objects.hash(threshold, measurement);
  }

  /** The indicator, date and values, for debugging; the form may change. */
  @Override
  public String toString() {
    return threshold.getIndicatorId() + " on " + measurement.getReferenceDate() + ": "
        + measurement.getValue().toPlainString() + " " + threshold.getComparison() + " "
        + threshold.getValue().toPlainString();
  }
}
