package nl.woonzorg.model.programme;

import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.util.Optional;
import nl.woonzorg.model.constraint.NotBlankWhenPresent;
import nl.woonzorg.model.quantity.Amounts;
import nl.woonzorg.model.style.WoonzorgStyle;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * The budget (<i>budget</i>, <i>begroting</i>) of an {@link Activity}: how much money, in euro, and
 * who provides it, e.g. a municipal subsidy to a welfare organisation. Programmes often name the
 * financier before the amount is fixed ("the municipality subsidises the welfare organisation"), so
 * the amount may be absent; validation says whether that is acceptable for the vision's status.
 *
 * <p>The amount is kept in canonical form — trailing zeros stripped, never in exponent notation —
 * so that {@code 25000} and {@code 25000.00} are one and the same budget.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = API.Status.STABLE, since = "0.1.0")
@Value.Immutable
@WoonzorgStyle
public abstract class Budget {

  Budget() {}

  /** The amount in euro, in canonical form, zero or more; empty if not fixed yet. */
  public abstract Optional<@PositiveOrZero BigDecimal> getAmountEuro();

  /** The id of the party that provides the money (<i>financier</i>); empty if not given. */
  public abstract Optional<@NotBlankWhenPresent String> getFinancierPartyId();

  /** A note, e.g. what the money is for or whether it is a one-off; empty if none. */
  public abstract Optional<@NotBlankWhenPresent String> getNote();

  /** Returns a budget of {@code amountEuro} euro, financier unknown. */
  public static Budget of(BigDecimal amountEuro) {
    return builder().amountEuro(amountEuro).build();
  }

  /** Returns a budget of {@code amountEuro} whole euro, financier unknown. */
  public static Budget of(long amountEuro) {
    return of(BigDecimal.valueOf(amountEuro));
  }

  @Value.Check
  final Budget canonical() {
    Optional<BigDecimal> canonical = getAmountEuro().map(Amounts::canonical);
    return canonical.equals(getAmountEuro())
        ? this
        : builder().from(this).amountEuro(canonical).build();
  }

  /** Builds a {@link Budget}; every attribute is optional. */
  public static final class Builder extends ImmutableBudget.Builder {}

  /** Returns a new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }
}
