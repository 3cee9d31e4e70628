package nl.woonzorg.model.goal;

import jakarta.validation.Valid;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;
import nl.woonzorg.model.area.AreaType;
import nl.woonzorg.model.constraint.NotBlankWhenPresent;
import nl.woonzorg.model.quantity.Quantity;
import nl.woonzorg.model.style.WoonzorgStyle;

/**
 * A criterion the result of a goal must meet (<i>criterium</i>), such as "within 500 metres of a
 * (care) facility" ({@link CriterionKind#MAXIMALE_AFSTAND_TOT_VOORZIENING}, 500 metres) or "on 4
 * locations" ({@link CriterionKind#AANTAL_LOCATIES}, 4 locations).
 *
 * <p>Immutable and thread-safe.
 */
@API(status = API.Status.STABLE, since = "0.1.0")
@Value.Immutable
@WoonzorgStyle
public abstract class Criterion {

  Criterion() {}

  /** What the criterion demands. */
  public abstract CriterionKind getKind();

  /** The limit or number the criterion sets; empty if it sets none (e.g. a qualitative one). */
  public abstract Optional<@Valid Quantity> getValue();

  /** The criterion in words; empty if the kind and value say it all. */
  public abstract Optional<@NotBlankWhenPresent String> getDescription();

  /**
   * For a {@link CriterionKind#MINIMAAL_AANTAL_PER_GEBIED} criterion, the type of area it counts
   * in — {@link AreaType#KERN} for "in elke kern"; empty for every area of the goal's scope. Since
   * format 1.1.
   */
  public abstract Optional<AreaType> getAreaType();

  /**
   * Returns the criterion of {@code kind} with limit {@code value}, e.g. "within 500 metres of a
   * facility": {@code Criterion.of(MAXIMALE_AFSTAND_TOT_VOORZIENING, Quantity.of(500, METER))}.
   *
   * @param kind what the criterion demands
   * @param value its limit or number
   * @return the criterion, never null
   */
  public static Criterion of(CriterionKind kind, Quantity value) {
    return builder().kind(kind).value(value).build();
  }

  /** A builder for criteria; {@code kind} must be set. */
  public static final class Builder extends ImmutableCriterion.Builder {}

  /**
   * Returns a new, empty builder.
   *
   * @return the builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }
}
