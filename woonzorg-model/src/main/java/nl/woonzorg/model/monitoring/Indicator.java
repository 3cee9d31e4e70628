package nl.woonzorg.model.monitoring;

import jakarta.validation.Valid;
import nl.woonzorg.model.goal.Scope;
import jakarta.validation.constraints.NotBlank;
import java.util.List;
import java.util.Optional;
import nl.woonzorg.model.constraint.NotBlankWhenPresent;
import nl.woonzorg.model.quantity.Unit;
import nl.woonzorg.model.style.WoonzorgStyle;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * An indicator (<i>indicator</i>) the partners agree to follow: "aantal geclusterde woningen",
 * "aantal ontmoetingsruimten", "aantal nieuw gebouwde geschikte woningen per jaar". Measurements,
 * thresholds and goals refer to it by {@link #getId() id}.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = API.Status.STABLE, since = "0.1.0")
@Value.Immutable
@WoonzorgStyle
public abstract class Indicator {

  Indicator() {}

  /**
   * The identifier measurements, thresholds and goals use to refer to this indicator; never blank.
   */
  @Value.Parameter
  @NotBlank
  public abstract String getId();

  /** The name, e.g. {@code "aantal geclusterde woningen"}; never blank. */
  @Value.Parameter
  @NotBlank
  public abstract String getName();

  /** The unit its measurements are in. */
  @Value.Parameter
  public abstract Unit getUnit();

  /** The id of the area it is measured for; empty if the whole area of the vision. */
  public abstract Optional<@NotBlankWhenPresent String> getAreaId();

  /** The ids of the goals whose progress it shows, in the order given; empty if none. */
  public abstract List<@NotBlank String> getGoalIds();

  /** How it is measured: what counts, from which source; empty if not written down. */
  public abstract Optional<@NotBlankWhenPresent String> getDefinition();

  /**
   * Whom and what it counts, e.g. dwelling type geclusterd wonen and target group ouderen for
   * "aantal geclusterde woningen"; empty if its name says all. Since format 1.1.
   *
   * @since 0.2.0
   */
  public abstract Optional<@Valid Scope> getScope();

  /** Returns the indicator {@code id} with the given name and unit and nothing else. */
  public static Indicator of(String id, String name, Unit unit) {
    return ImmutableIndicator.of(id, name, unit);
  }

  /**
   * Builds an {@link Indicator}. {@code build()} throws {@link IllegalStateException} if id, name
   * or unit is missing.
   */
  public static final class Builder extends ImmutableIndicator.Builder {}

  /** Returns a new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }
}
