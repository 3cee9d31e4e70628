package nl.woonzorg.model.goal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import org.apiguardian.api.API;
import org.immutables.value.Value;
import nl.woonzorg.model.dwelling.DwellingType;
import nl.woonzorg.model.style.WoonzorgStyle;
import nl.woonzorg.model.targetgroup.AgeBand;
import nl.woonzorg.model.targetgroup.TargetGroup;
import nl.woonzorg.model.targetgroup.UrgencyCategory;

/**
 * What a goal is about (<i>reikwijdte</i>): for which target groups, which urgency categories,
 * which dwelling types and which areas. An empty set means the goal does not narrow that dimension
 * down. Urgency categories let allocation goals say whom a quota (<i>contingent</i>) is for:
 * "20 homes a year for wettelijk urgenten".
 *
 * <p>Immutable and thread-safe.
 */
@API(status = API.Status.STABLE, since = "0.1.0")
@Value.Immutable
@WoonzorgStyle
public abstract class Scope {

  Scope() {}

  /** The target groups the goal serves; empty if it is not limited to some. */
  public abstract Set<TargetGroup> getTargetGroups();

  /**
   * The urgency categories (<i>urgentiecategorieën</i>) the goal serves, for allocation goals and
   * quotas; empty if it is not limited to urgent home-seekers.
   */
  public abstract Set<UrgencyCategory> getUrgencyCategories();

  /** The dwelling types the goal is about; empty if it is not limited to some. */
  public abstract Set<DwellingType> getDwellingTypes();

  /**
   * Age bands the scope is for, besides or instead of its target groups: "65- tot 75-jarigen";
   * empty if none. Since format 1.1.
   */
  public abstract List<@Valid AgeBand> getAgeBands();

  /**
   * The ids of the areas the goal applies to, in natural order, so that equal scopes are written
   * and pointed into alike; empty if it applies to the whole vision's area.
   */
  @Value.NaturalOrder
  public abstract SortedSet<@NotBlank String> getAreaIds();

  /**
   * Whether the scope narrows nothing down: no target groups, urgency categories, dwelling types,
   * age bands or areas. Not named {@code isEmpty()} so that JSON mapping does not take it for a property.
   *
   * @return {@code true} if all five are empty
   */
  public boolean empty() {
    return getTargetGroups().isEmpty() && getUrgencyCategories().isEmpty()
        && getDwellingTypes().isEmpty() && getAgeBands().isEmpty() && getAreaIds().isEmpty();
  }

  /** A builder for scopes; every attribute is optional. */
  public static final class Builder extends ImmutableScope.Builder {}

  /**
   * Returns a new, empty builder.
   *
   * @return the builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }
}
