package nl.woonzorg.model.agreement;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;
import nl.woonzorg.model.programme.Budget;
import nl.woonzorg.model.style.WoonzorgStyle;

/**
 * A measure taken under a performance agreement (<i>maatregel</i>), such as "budget of x euro for
 * citizens' initiatives" or "deploy two housing coaches", with the parties that take it and its
 * budget.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = API.Status.STABLE, since = "0.1.0")
@Value.Immutable
@WoonzorgStyle
public abstract class Measure {

  Measure() {}

  /** The measure in words; never blank. */
  @Value.Parameter
  @NotBlank
  public abstract String getDescription();

  /** The ids of the parties that take the measure, in order; empty if not named yet. */
  public abstract List<@NotBlank String> getPartyIds();

  /** The budget and who provides it, as for a programme activity; empty if no budget is set. */
  public abstract Optional<@Valid Budget> getBudget();

  /**
   * Returns the measure {@code description}, without parties or budget.
   *
   * @param description the measure in words
   * @return the measure, never null
   */
  public static Measure of(String description) {
    return ImmutableMeasure.of(description);
  }

  /** A builder for measures; {@code description} must be set. */
  public static final class Builder extends ImmutableMeasure.Builder {}

  /**
   * Returns a new, empty builder.
   *
   * @return the builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }
}
