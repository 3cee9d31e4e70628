package nl.woonzorg.model.agreement;

import jakarta.validation.constraints.NotBlank;
import org.apiguardian.api.API;
import org.immutables.value.Value;
import nl.woonzorg.model.style.WoonzorgStyle;

/**
 * The terms of an intent agreement (<i>intentieafspraak</i>,
 * {@link AgreementType#INTENTIEAFSPRAAK}): a conditional intent, "if this, then that".
 * Overzicht 2's example: "if location x becomes vacant" (the condition), "the property is
 * transformed into a mixed-housing location" (the consequence).
 *
 * <p>Immutable and thread-safe.
 */
@API(status = API.Status.STABLE, since = "0.1.0")
@Value.Immutable
@WoonzorgStyle
public abstract class IntentTerms {

  IntentTerms() {}

  /** The condition, the "if"; never blank. */
  @Value.Parameter
  @NotBlank
  public abstract String getCondition();

  /** What the parties intend to do when the condition is met, the "then"; never blank. */
  @Value.Parameter
  @NotBlank
  public abstract String getConsequence();

  /**
   * Returns the terms "if {@code condition}, then {@code consequence}".
   *
   * @param condition the condition
   * @param consequence what is done when it is met
   * @return the terms, never null
   */
  public static IntentTerms of(String condition, String consequence) {
    return ImmutableIntentTerms.of(condition, consequence);
  }

  /** A builder for intent terms; {@code condition} and {@code consequence} must be set. */
  public static final class Builder extends ImmutableIntentTerms.Builder {}

  /**
   * Returns a new, empty builder.
   *
   * @return the builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }
}
