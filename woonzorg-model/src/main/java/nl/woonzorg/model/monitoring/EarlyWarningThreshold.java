package nl.woonzorg.model.monitoring;

import jakarta.validation.constraints.NotBlank;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import nl.woonzorg.model.constraint.NotBlankWhenPresent;
import nl.woonzorg.model.quantity.Amounts;
import nl.woonzorg.model.style.WoonzorgStyle;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * An early-warning threshold (<i>signaalwaarde</i>) on an {@link Indicator}: when a measurement
 * falls on the wrong side of it, partners talk and steer — "firm on goals, flexible in means". E.g.
 * "fewer than 50 clustered homes by 1 January 2024".
 *
 * <p>The value is kept in canonical form, as in {@link Measurement}.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = API.Status.STABLE, since = "0.1.0")
@Value.Immutable
@WoonzorgStyle
public abstract class EarlyWarningThreshold {

  EarlyWarningThreshold() {}

  /** The id of the {@link Indicator} watched; never blank. */
  @Value.Parameter
  @NotBlank
  public abstract String getIndicatorId();

  /** Which side of the value triggers the warning. */
  @Value.Parameter
  public abstract Comparison getComparison();

  /** The threshold, in the indicator's unit and in canonical form. */
  @Value.Parameter
  public abstract BigDecimal getValue();

  /** The date by which the measurement is checked against the threshold; empty if at every one. */
  public abstract Optional<LocalDate> getCheckBy();

  /** What the warning means or what is then to be done; empty if not given. */
  public abstract Optional<@NotBlankWhenPresent String> getDescription();

  /**
   * Returns the threshold on {@code indicatorId}: a value {@code comparison} {@code value} triggers
   * it, e.g. {@code of("clustered-homes", Comparison.ONDER, BigDecimal.valueOf(50))}.
   */
  public static EarlyWarningThreshold of(
      String indicatorId, Comparison comparison, BigDecimal value) {
    return ImmutableEarlyWarningThreshold.of(indicatorId, comparison, value);
  }

  /**
   * Whether {@code measured} triggers the warning: strictly below the threshold for
   * {@link Comparison#ONDER}, strictly above it for {@link Comparison#BOVEN}. A value equal to the
   * threshold does not trigger it.
   */
  public boolean isTriggeredBy(BigDecimal measured) {
    Objects.requireNonNull(measured, "measured");
    return getComparison().holds(measured, getValue());
  }

  /**
   * Whether {@code measurement} triggers the warning: as {@link #isTriggeredBy(BigDecimal)} on its
   * value, but only once the threshold applies — a measurement with a reference date before
   * {@link #getCheckBy()} never triggers it ("fewer than 50 by 1 January 2024" says nothing about
   * 2022). The measurement's area is not compared: a threshold watches its indicator wherever it
   * is measured.
   *
   * @throws IllegalArgumentException if the measurement is of another indicator
   */
  public boolean isTriggeredBy(Measurement measurement) {
    if (!measurement.getIndicatorId().equals(getIndicatorId())) {
      throw new IllegalArgumentException("threshold on indicator '" + getIndicatorId()
          + "' cannot judge a measurement of indicator '" + measurement.getIndicatorId() + "'");
    }
    boolean applies = getCheckBy().map(by -> !measurement.getReferenceDate().isBefore(by)).orElse(true);
    return applies && isTriggeredBy(measurement.getValue());
  }

  @Value.Check
  final EarlyWarningThreshold canonical() {
    BigDecimal canonical = Amounts.canonical(getValue());
    return canonical.equals(getValue()) ? this : builder().from(this).value(canonical).build();
  }

  /**
   * Builds an {@link EarlyWarningThreshold}. {@code build()} throws {@link IllegalStateException}
   * if indicator id, comparison or value is missing.
   */
  public static final class Builder extends ImmutableEarlyWarningThreshold.Builder {}

  /** Returns a new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }
}
