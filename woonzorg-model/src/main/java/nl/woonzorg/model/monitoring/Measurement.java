package nl.woonzorg.model.monitoring;

import nl.woonzorg.model.time.PartialDate;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.woonzorg.model.constraint.NotBlankWhenPresent;
import nl.woonzorg.model.goal.Breakdown;
import nl.woonzorg.model.quantity.Amounts;
import nl.woonzorg.model.style.WoonzorgStyle;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * A measurement (<i>meting</i>) of an {@link Indicator} on a <i>peildatum</i> (reference date):
 * "on 1 January 2024 there were 60 clustered homes". The value is in the indicator's unit.
 *
 * <p>The value is kept in canonical form — trailing zeros stripped, never in exponent notation —
 * so that {@code 60} and {@code 60.0} are one and the same measurement.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = API.Status.STABLE, since = "0.1.0")
@Value.Immutable
@WoonzorgStyle
public abstract class Measurement {

  Measurement() {}

  /** The id of the {@link Indicator} measured; never blank. */
  @Value.Parameter
  @NotBlank
  public abstract String getIndicatorId();

  /** The date the value holds on (<i>peildatum</i>). */
  @Value.Parameter
  public abstract LocalDate getReferenceDate();

  /** The measured value, in the indicator's unit and in canonical form. */
  @Value.Parameter
  public abstract BigDecimal getValue();

  /** Where the value comes from, e.g. a register or a survey; empty if not given. */
  public abstract Optional<@NotBlankWhenPresent String> getSource();

  /** The id of the area measured, if it differs from the indicator's; empty otherwise. */
  public abstract Optional<@NotBlankWhenPresent String> getAreaId();

  /**
   * How the value splits, e.g. the clustered homes counted by owner category and clustering form,
   * each in the value's unit or in percent; empty if it does not split. Since format 1.1.
   */
  public abstract List<@Valid Breakdown> getBreakdowns();

  /**
   * The peildatum as the source gives it, where it gives only a year, a part of a year or a
   * month ("stand 2023"); {@link #getReferenceDate()} is then the first day it can stand for
   * (WZ-TIME-04 checks this). Empty if the source gives the day. Since format 1.1.
   *
   * @since 0.2.0
   */
  public abstract Optional<@Valid PartialDate> getReferencedAs();

  /** Returns the measurement of {@code indicatorId} on {@code referenceDate}. */
  public static Measurement of(String indicatorId, LocalDate referenceDate, BigDecimal value) {
    return ImmutableMeasurement.of(indicatorId, referenceDate, value);
  }

  /** Returns the measurement of {@code indicatorId} on {@code referenceDate}, a whole number. */
  public static Measurement of(String indicatorId, LocalDate referenceDate, long value) {
    return of(indicatorId, referenceDate, BigDecimal.valueOf(value));
  }

  @Value.Check
  final Measurement canonical() {
    BigDecimal canonical = Amounts.canonical(getValue());
    return canonical.equals(getValue()) ? this : builder().from(this).value(canonical).build();
  }

  /**
   * Builds a {@link Measurement}. {@code build()} throws {@link IllegalStateException} if indicator
   * id, reference date or value is missing.
   */
  public static final class Builder extends ImmutableMeasurement.Builder {}

  /** Returns a new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }
}
