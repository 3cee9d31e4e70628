package nl.woonzorg.model.agreement;

import java.math.BigDecimal;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;
import nl.woonzorg.model.constraint.NotBlankWhenPresent;
import nl.woonzorg.model.quantity.Amounts;
import nl.woonzorg.model.style.WoonzorgStyle;

/**
 * A yearly slice of a multi-year agreement (<i>jaarschijf</i>): what of the agreement is to be
 * done in one year. Partners often agree on main lines for several years and fill them in each
 * year, which leaves room for urgent matters not in view when the vision was made.
 *
 * <p>The value is kept in canonical form, as in {@link nl.woonzorg.model.quantity.Quantity}.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = API.Status.STABLE, since = "0.1.0")
@Value.Immutable
@WoonzorgStyle
public abstract class YearSlice {

  YearSlice() {}

  /** The calendar year of the slice. */
  public abstract int getYear();

  /** The amount for this year, in the unit of the agreement's target; empty if not quantified. */
  public abstract Optional<BigDecimal> getValue();

  /** What is to be done this year, in words; empty if the value says it all. */
  public abstract Optional<@NotBlankWhenPresent String> getDescription();

  /**
   * Returns the slice for {@code year} with amount {@code value}.
   *
   * @param year the calendar year
   * @param value the amount for that year, in the unit of the agreement's target
   * @return the slice, never null
   */
  public static YearSlice of(int year, BigDecimal value) {
    return builder().year(year).value(value).build();
  }

  /**
   * Returns the slice for {@code year} with amount {@code value}, e.g.
   * {@code YearSlice.of(2025, 20)}.
   *
   * @param year the calendar year
   * @param value the amount for that year, in the unit of the agreement's target
   * @return the slice, never null
   */
  public static YearSlice of(int year, long value) {
    return of(year, BigDecimal.valueOf(value));
  }

  @Value.Check
  final YearSlice canonical() {
    Optional<BigDecimal> canonical = getValue().map(Amounts::canonical);
    return canonical.equals(getValue()) ? this : builder().from(this).value(canonical).build();
  }

  /** A builder for yearly slices; {@code year} must be set. */
  public static final class Builder extends ImmutableYearSlice.Builder {}

  /**
   * Returns a new, empty builder.
   *
   * @return the builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }
}
