package nl.woonzorg.model.cooperation;

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
