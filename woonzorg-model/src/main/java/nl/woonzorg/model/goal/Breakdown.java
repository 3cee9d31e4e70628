package nl.woonzorg.model.goal;

import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;
import nl.woonzorg.model.quantity.Amounts;
import nl.woonzorg.model.quantity.Quantity;
import nl.woonzorg.model.quantity.Unit;
import nl.woonzorg.model.style.WoonzorgStyle;

/**
 * How a goal's target is split up along one dimension (<i>uitsplitsing</i>): "110 units, of which
 * 80 in new build and 30 in existing stock" is a {@link BreakdownDimension#BOUWWIJZE} breakdown
 * with two parts. A goal may split its target along several dimensions, one breakdown each.
 *
 * <p>The parts are counted in the target's unit unless the breakdown names its own: "50 homes,
 * 50% social rent and 50% mid-rent" is a {@link BreakdownDimension#HUURSEGMENT} breakdown in
 * {@link Unit#PROCENT} whose parts add up to 100.
 *
 * <p>A breakdown without parts is allowed: a draft may name the dimension before the numbers are
 * known. Whether the parts add up to the target is likewise a question for validation, not an
 * invariant, because sources do not always account for every unit.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = API.Status.STABLE, since = "0.1.0")
@Value.Immutable
@WoonzorgStyle
public abstract class Breakdown {

  private static final BigDecimal ONE_HUNDRED = BigDecimal.valueOf(100);

  Breakdown() {}

  /** The dimension the target is split along. */
  public abstract BreakdownDimension getDimension();

  /**
   * The unit the parts are counted in, when it is not the target's: {@link Unit#PROCENT} for
   * shares. Empty if the parts are in the target's unit.
   */
  public abstract Optional<Unit> getUnit();

  /** The parts, in the source's order; empty if the numbers are not known yet. */
  public abstract List<@Valid BreakdownPart> getParts();

  /**
   * Returns the breakdown along {@code dimension} into {@code parts}.
   *
   * @param dimension the dimension the target is split along
   * @param parts the parts, in order
   * @return the breakdown, never null
   */
  public static Breakdown of(BreakdownDimension dimension, BreakdownPart... parts) {
    return builder().dimension(dimension).addParts(parts).build();
  }

  /**
   * The sum of the parts' values, in canonical form.
   *
   * @return the sum; zero if there are no parts
   */
  public BigDecimal total() {
    return Amounts.canonical(
        getParts().stream().map(BreakdownPart::getValue).reduce(BigDecimal.ZERO, BigDecimal::add));
  }

  /**
   * What the parts should add up to when they split {@code whole}: the whole's value when the
   * parts are in its unit, 100 when they are shares in {@link Unit#PROCENT} of a whole in another
   * unit, and empty when the breakdown counts in some other unit than the whole's, which leaves
   * nothing to compare.
   *
   * @param whole the target or output the breakdown splits
   * @return the total the parts should reach, in canonical form
   */
  public Optional<BigDecimal> expectedTotal(Quantity whole) {
    Unit unit = getUnit().orElse(whole.getUnit());
    if (unit == whole.getUnit()) {
      return Optional.of(whole.getValue());
    }
    return unit == Unit.PROCENT ? Optional.of(ONE_HUNDRED) : Optional.empty();
  }

  /** A builder for breakdowns; {@code dimension} must be set. */
  public static final class Builder extends ImmutableBreakdown.Builder {}

  /**
   * Returns a new, empty builder.
   *
   * @return the builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }
}
