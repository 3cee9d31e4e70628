package nl.woonzorg.model.agreement;

import jakarta.validation.constraints.NotBlank;
import org.apiguardian.api.API;
import org.immutables.value.Value;
import nl.woonzorg.model.style.WoonzorgStyle;

/**
 * The terms of a descriptive agreement (<i>beschrijvende afspraak</i>,
 * {@link AgreementType#BESCHRIJVENDE_AFSPRAAK}): a principle, position or financial arrangement
 * the parties record or confirm. Overzicht 2's example: "we use the concept of 'verzorgd wonen'
 * (assisted living) as the guiding concept for housing and care for seniors".
 *
 * <p>Immutable and thread-safe.
 */
@API(status = API.Status.STABLE, since = "0.1.0")
@Value.Immutable
@WoonzorgStyle
public abstract class DescriptiveTerms {

  DescriptiveTerms() {}

  /** The principle or position recorded, in words; never blank. */
  @Value.Parameter
  @NotBlank
  public abstract String getStatement();

  /**
   * Returns the terms recording {@code statement}.
   *
   * @param statement the principle or position recorded
   * @return the terms, never null
   */
  public static DescriptiveTerms of(String statement) {
    return ImmutableDescriptiveTerms.of(statement);
  }

  /** A builder for descriptive terms; {@code statement} must be set. */
  public static final class Builder extends ImmutableDescriptiveTerms.Builder {}

  /**
   * Returns a new, empty builder.
   *
   * @return the builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }
}
