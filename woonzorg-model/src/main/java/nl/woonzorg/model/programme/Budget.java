package nl.woonzorg.model.programme;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.util.Optional;
import nl.woonzorg.model.style.WoonzorgStyle;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * The budget (<i>budget</i>, <i>begroting</i>) of an {@link Activity}: how much money, in euro, and
 * who provides it, e.g. a municipal subsidy to a welfare organisation.
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

  /** The amount in euro, in canonical form; zero or more. */
  @Value.Parameter
  @PositiveOrZero
  public abstract BigDecimal getAmountEuro();

  /** The id of the party that provides the money (<i>financier</i>); empty if not given. */
  public abstract Optional<@Pattern(regexp = "(?s).*\\S.*", message = "must not be blank") String>
      getFinancierPartyId();

  /** A note, e.g. what the money is for or whether it is a one-off; empty if none. */
  public abstract Optional<@Pattern(regexp = "(?s).*\\S.*", message = "must not be blank") String>
      getNote();

  /** Returns a budget of {@code amountEuro} euro, financier unknown. */
  public static Budget of(BigDecimal amountEuro) {
    return ImmutableBudget.of(amountEuro);
  }

  /** Returns a budget of {@code amountEuro} whole euro, financier unknown. */
  public static Budget of(long amountEuro) {
    return of(BigDecimal.valueOf(amountEuro));
  }

  @Value.Check
  final Budget canonical() {
    BigDecimal stripped = getAmountEuro().stripTrailingZeros();
    BigDecimal canonical = stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    return canonical.equals(getAmountEuro())
        ? this
        : builder().from(this).amountEuro(canonical).build();
  }

  /**
   * Builds a {@link Budget}. {@code build()} throws {@link IllegalStateException} if the amount is
   * missing.
   */
  public static final class Builder extends ImmutableBudget.Builder {}

  /** Returns a new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }
}
