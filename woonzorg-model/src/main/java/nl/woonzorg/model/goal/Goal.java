package nl.woonzorg.model.goal;

import java.math.BigDecimal;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;
import nl.woonzorg.model.constraint.NotBlankWhenPresent;
import nl.woonzorg.model.quantity.Quantity;
import nl.woonzorg.model.style.WoonzorgStyle;
import nl.woonzorg.model.time.Deadline;
import nl.woonzorg.model.time.PartialDate;

/**
 * A goal (<i>doel</i>, <i>doelstelling</i>): the concrete, preferably SMART translation of an
 * {@link Ambition} — what is to be achieved, how much, by when, for whom and where, and by whom.
 * The Gemeente A example of the Taskforce Wonen en Zorg: "by 2025, 110 new clustered units on 4
 * locations, 80 in new build and 30 in existing stock, within 500 metres of (care) facilities".
 *
 * <p>Only the id and title are mandatory: a draft goal may lack a target, a deadline or owners,
 * and validation reports what a SMART goal still misses. Parties, indicators and ambitions are
 * referred to by id.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = API.Status.STABLE, since = "0.1.0")
@Value.Immutable
@Value.Style.Depluralize(dictionary = "criterion:criteria")
@WoonzorgStyle
public abstract class Goal {

  Goal() {}

  /** The identifier agreements, activities and indicators refer to; never blank. */
  @NotBlank
  public abstract String getId();

  /** A short title, e.g. "Geclusterde woonvormen"; never blank. */
  @NotBlank
  public abstract String getTitle();

  /** The goal in words, as the vision states it; empty if the title says it all. */
  public abstract Optional<@NotBlankWhenPresent String> getDescription();

  /** The id of the {@link Ambition} this goal makes concrete; empty if it stands alone. */
  public abstract Optional<@NotBlankWhenPresent String> getAmbitionId();

  /**
   * What is measured to see whether the goal is met, in words, e.g. "number of clustered units
   * delivered"; empty if not stated.
   */
  public abstract Optional<@NotBlankWhenPresent String> getIndicator();

  /** The id of the monitoring indicator that measures this goal; empty if there is none yet. */
  public abstract Optional<@NotBlankWhenPresent String> getIndicatorId();

  /** The amount to be reached, e.g. 110 dwellings; empty if the goal is not quantified yet. */
  public abstract Optional<@Valid Quantity> getTarget();

  /** The amount at the start, in the target's unit; empty if not known. */
  public abstract Optional<@Valid Quantity> getBaseline();

  /** The year the baseline was measured in; empty if not known. */
  public abstract Optional<Integer> getBaselineYear();

  /** When the target must be reached; empty if no deadline is set yet. */
  public abstract Optional<@Valid Deadline> getDeadline();

  /**
   * When work on the goal starts or started, as precisely as known: "vanaf 2022"; empty if not
   * given. Since format 1.1.
   */
  public abstract Optional<@Valid PartialDate> getStart();

  /**
   * The id of the goal this one is a further tranche of, on top of it: "tot 2031 nog eens 100.000
   * bovenop de 60.000" adds to the goal of 60,000; empty for a goal that stands alone. Its target
   * counts only the tranche. Since format 1.1.
   */
  public abstract Optional<@NotBlankWhenPresent String> getAdditionalToGoalId();

  /**
   * The ids of the analysis findings it rests on, e.g. a proposal of a needs estimate "op basis
   * van de bevindingen"; empty if none are named. Since format 1.1.
   *
   * @since 0.2.0
   */
  public abstract List<@NotBlank String> getFindingIds();

  /**
   * The target as a multiple of the {@linkplain #getBaseline() baseline}, where the source gives
   * it so and not as a number: "een verdubbeling van de woningbouw" is 2; empty if not so given.
   * Since format 1.1.
   *
   * @since 0.2.0
   */
  public abstract Optional<BigDecimal> getTargetFactor();

  /**
   * For whom, for which dwelling types and where the goal applies; an empty scope (the default)
   * if it is not narrowed down.
   *
   * @return the scope, never null
   */
  @Value.Default
  @Valid
  public Scope getScope() {
    return Scope.builder().build();
  }

  /** The ids of the parties responsible for the goal, in order; empty if none is named yet. */
  public abstract List<@NotBlank String> getOwnerPartyIds();

  /** How the target is split up, one breakdown per dimension; empty if it is not split up. */
  public abstract List<@Valid Breakdown> getBreakdowns();

  /** The criteria the result must meet, in order; empty if there are none. */
  public abstract List<@Valid Criterion> getCriteria();

  /** A builder for goals; {@code id} and {@code title} must be set. */
  public static final class Builder extends ImmutableGoal.Builder {}

  /**
   * Returns a new, empty builder.
   *
   * @return the builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }
}
