package nl.woonzorg.model.cooperation;

import jakarta.validation.Valid;
import java.util.Optional;
import nl.woonzorg.model.constraint.NotBlankWhenPresent;
import nl.woonzorg.model.goal.Scope;
import jakarta.validation.constraints.NotBlank;
import java.util.List;
import nl.woonzorg.model.style.WoonzorgStyle;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * A task a covenant or pact gives its parties (<i>opdracht</i>), or a working arrangement under
 * it (<i>werkafspraak</i>): "voldoende huisvesting realiseren voor uitstroom uit de jeugdzorg";
 * "wie is wanneer waarvoor verantwoordelijk bij uitstroom uit beschermd wonen".
 *
 * <p>Immutable and thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2.0")
@Value.Immutable
@WoonzorgStyle
public abstract class CovenantTask {

  CovenantTask() {}

  /** The identifier of this task; never blank. */
  @Value.Parameter
  @NotBlank
  public abstract String getId();

  /** The task in words, as the covenant states it; never blank. */
  @Value.Parameter
  @NotBlank
  public abstract String getDescription();

  /** The ids of the parties that carry it out; empty if the covenant does not say. */
  public abstract List<@NotBlank String> getPartyIds();

  /**
   * The party that owns it (<i>trekker</i>), answerable for it; empty if not stated. Since 1.1.
   *
   * @since 0.2.0
   */
  public abstract Optional<@NotBlankWhenPresent String> getOwnerPartyId();

  /**
   * Whom and what it is for: "uitstroom uit de jeugdzorg" is target group uitstroom jeugdzorg;
   * the dwelling types and areas it covers; empty if not narrowed down. Since format 1.1.
   *
   * @since 0.2.0
   */
  public abstract Optional<@Valid Scope> getScope();

  /**
   * The ids of the goals of the same document it works towards, in order; empty if none. Since
   * format 1.1.
   *
   * @since 0.2.0
   */
  public abstract List<@NotBlank String> getGoalIds();

  /** Returns the task {@code id} described as {@code description}, with no parties named. */
  public static CovenantTask of(String id, String description) {
    return ImmutableCovenantTask.of(id, description);
  }

  /** Builds a {@link CovenantTask}; id and description are required. */
  public static final class Builder extends ImmutableCovenantTask.Builder {}

  /** Returns a new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }
}
