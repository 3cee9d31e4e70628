package nl.woonzorg.model.quantity;

import java.math.BigDecimal;
import org.apiguardian.api.API;
import org.immutables.value.Value;
import nl.woonzorg.model.style.WoonzorgStyle;

/**
 * An amount with its unit (<i>hoeveelheid</i>): "110 woningen", "23 procent", "500 meter".
 *
 * <p>The value is kept in canonical form — trailing zeros stripped, never in exponent notation —
 * so that {@code 110}, {@code 110.0} and {@code 110.00} are one and the same quantity and always
 * print as {@code 110}. Negative values are representable (a decrease, a deficit); whether one is
 * plausible is for validation to say.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = API.Status.STABLE, since = "0.1.0")
@Value.Immutable
@WoonzorgStyle
public abstract class Quantity {

  Quantity() {}

  /** The amount, in canonical form; never null. */
  @Value.Parameter
  public abstract BigDecimal getValue();

  /** The unit of the amount; never null. */
  @Value.Parameter
  public abstract Unit getUnit();

  /** Returns {@code value} {@code unit}, e.g. {@code Quantity.of(110, Unit.WONINGEN)}. */
  public static Quantity of(long value, Unit unit) {
    return of(BigDecimal.valueOf(value), unit);
  }

  /** Returns {@code value} {@code unit}; the value is put in canonical form. */
  public static Quantity of(BigDecimal value, Unit unit) {
    return ImmutableQuantity.of(value, unit);
  }

  /** Returns this quantity's value plus {@code other}'s, in this unit. */
  public Quantity plus(BigDecimal other) {
    return of(getValue().add(other), getUnit());
  }

  @Value.Check
  final Quantity canonical() {
    BigDecimal canonical = Amounts.canonical(getValue());
    return canonical.equals(getValue()) ? this : of(canonical, getUnit());
  }

  @Override
  public String toString() {
    return getValue().toPlainString() + " " + getUnit().getLabelNl();
  }

  /** Builds {@link Quantity} values; a builder is not thread-safe. */
  public static final class Builder extends ImmutableQuantity.Builder {}

  /** Returns a new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }
}
