package nl.woonzorg.model.vision;

import jakarta.validation.constraints.NotBlank;
import java.util.Optional;
import nl.woonzorg.model.constraint.NotBlankWhenPresent;
import nl.woonzorg.model.style.WoonzorgStyle;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * A theme (<i>thema</i>, <i>speerpunt</i>) of the vision, under which ambitions and goals are
 * grouped: "geclusterd wonen voor senioren", "onbezorgd wonen". Ambitions refer to it by
 * {@link #getId() id}.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = API.Status.STABLE, since = "0.1.0")
@Value.Immutable
@WoonzorgStyle
public abstract class Theme {

  Theme() {}

  /** The identifier ambitions use to refer to this theme; never blank. */
  @Value.Parameter
  @NotBlank
  public abstract String getId();

  /** The theme in a few words; never blank. */
  @Value.Parameter
  @NotBlank
  public abstract String getTitle();

  /** The theme explained; empty if not given. */
  public abstract Optional<@NotBlankWhenPresent String> getDescription();

  /** Returns the theme {@code id} with the given title and no description. */
  public static Theme of(String id, String title) {
    return ImmutableTheme.of(id, title);
  }

  /**
   * Builds a {@link Theme}. {@code build()} throws {@link IllegalStateException} if id or title is
   * missing.
   */
  public static final class Builder extends ImmutableTheme.Builder {}

  /** Returns a new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }
}
