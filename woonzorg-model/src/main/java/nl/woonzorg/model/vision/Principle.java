package nl.woonzorg.model.vision;

import jakarta.validation.constraints.NotBlank;
import java.util.Optional;
import nl.woonzorg.model.constraint.NotBlankWhenPresent;
import nl.woonzorg.model.style.WoonzorgStyle;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * A principle (<i>uitgangspunt</i>, <i>kernwaarde</i>) of the vision: "wonen en zorg zijn
 * betaalbaar", "geclusterde woonvormen liggen binnen 500 meter van (zorg)voorzieningen".
 *
 * <p>Immutable and thread-safe.
 */
@API(status = API.Status.STABLE, since = "0.1.0")
@Value.Immutable
@WoonzorgStyle
public abstract class Principle {

  Principle() {}

  /** The identifier of this principle; never blank. */
  @Value.Parameter
  @NotBlank
  public abstract String getId();

  /** The principle in a few words; never blank. */
  @Value.Parameter
  @NotBlank
  public abstract String getTitle();

  /** The principle explained; empty if not given. */
  public abstract Optional<@NotBlankWhenPresent String> getDescription();

  /** The kind of principle; empty if not classified. */
  public abstract Optional<PrincipleKind> getKind();

  /** Returns the principle {@code id} with the given title and nothing else. */
  public static Principle of(String id, String title) {
    return ImmutablePrinciple.of(id, title);
  }

  /**
   * Builds a {@link Principle}. {@code build()} throws {@link IllegalStateException} if id or title
   * is missing.
   */
  public static final class Builder extends ImmutablePrinciple.Builder {}

  /** Returns a new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }
}
