package nl.woonzorg.model.goal;

import jakarta.validation.constraints.NotBlank;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;
import nl.woonzorg.model.constraint.NotBlankWhenPresent;
import nl.woonzorg.model.style.WoonzorgStyle;

/**
 * An ambition (<i>ambitie</i>): a direction the partners commit to, broader than a goal and not
 * yet measurable — "within ten years x life-course-proof districts", "within five years every
 * district has a meeting place". {@link Goal}s make an ambition concrete and refer to it by id.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = API.Status.STABLE, since = "0.1.0")
@Value.Immutable
@WoonzorgStyle
public abstract class Ambition {

  Ambition() {}

  /** The identifier goals refer to; never blank. */
  @Value.Parameter
  @NotBlank
  public abstract String getId();

  /** The ambition in words, as the vision states it; never blank. */
  @Value.Parameter
  @NotBlank
  public abstract String getStatement();

  /** The year by which the ambition should be realised; empty if the vision names none. */
  public abstract Optional<Integer> getHorizonYear();

  /** The id of the vision theme the ambition belongs to; empty if it belongs to none. */
  public abstract Optional<@NotBlankWhenPresent String> getThemeId();

  /**
   * Returns the ambition {@code id} stating {@code statement}, without horizon or theme.
   *
   * @param id the identifier
   * @param statement the ambition in words
   * @return the ambition, never null
   */
  public static Ambition of(String id, String statement) {
    return ImmutableAmbition.of(id, statement);
  }

  /** A builder for ambitions; {@code id} and {@code statement} must be set. */
  public static final class Builder extends ImmutableAmbition.Builder {}

  /**
   * Returns a new, empty builder.
   *
   * @return the builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }
}
