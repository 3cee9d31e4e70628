package nl.woonzorg.model.programme;

import java.util.Set;
import nl.woonzorg.model.targetgroup.TargetGroup;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.util.List;
import java.util.Optional;
import nl.woonzorg.model.constraint.NotBlankWhenPresent;
import nl.woonzorg.model.dwelling.DwellingType;
import nl.woonzorg.model.goal.Breakdown;
import nl.woonzorg.model.quantity.Quantity;
import nl.woonzorg.model.style.WoonzorgStyle;
import nl.woonzorg.model.time.Frequency;
import nl.woonzorg.model.time.PartialDate;
import nl.woonzorg.model.time.YearPeriod;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * An activity (<i>activiteit</i>, <i>project</i>) of the implementation programme:
 * "Woningcorporatie x ontwikkelt in 2022 in wijk y een geclusterde eenheid van 20 woningen met een
 * ontmoetingsruimte". It names who is responsible and involved, when, with what budget, what it
 * delivers and — by id — which goals and agreements it serves.
 *
 * <p>Only id and title are mandatory, so that a draft can be recorded as it grows.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = API.Status.STABLE, since = "0.1.0")
@Value.Immutable
@WoonzorgStyle
public abstract class Activity {

  Activity() {}

  /** The identifier of this activity; never blank. */
  @Value.Parameter
  @NotBlank
  public abstract String getId();

  /** The activity in a few words; never blank. */
  @Value.Parameter
  @NotBlank
  public abstract String getTitle();

  /** The activity explained; empty if not given. */
  public abstract Optional<@NotBlankWhenPresent String> getDescription();

  /** The id of the party responsible for carrying it out (<i>trekker</i>); empty if not agreed. */
  public abstract Optional<@NotBlankWhenPresent String> getResponsiblePartyId();

  /** The ids of the other parties involved, in the order given; empty if none. */
  public abstract List<@NotBlank String> getInvolvedPartyIds();

  /** The years in which it is carried out; empty if not planned. */
  public abstract Optional<@Valid YearPeriod> getPlanning();

  /**
   * When it started or starts, as precisely as known: "sinds 2018", "vanaf voorjaar 2021"; empty
   * if not given. Since format 1.1.
   */
  public abstract Optional<@Valid PartialDate> getStart();

  /**
   * How often it recurs within its planning, e.g. yearly or "elke vier jaar"; empty if it is
   * done once. Since format 1.1.
   */
  public abstract Optional<@Valid Frequency> getRecurrence();

  /**
   * When it must be done, as precisely as the programme says: "in 2030"; empty if it names no
   * date. Unlike {@link #getPlanning()}, the years it runs, it is one moment. Since format 1.1.
   *
   * @since 0.2.0
   */
  public abstract Optional<@Valid PartialDate> getDeadline();

  /**
   * The target groups it is for, e.g. ouderen for a festival that informs them; empty if it is
   * not limited to some. Since format 1.1.
   *
   * @since 0.2.0
   */
  public abstract Set<TargetGroup> getTargetGroups();

  /** Its budget; empty if not budgeted. */
  public abstract Optional<@Valid Budget> getBudget();

  /** What it delivers, e.g. 20 woningen; empty if it has no countable output. */
  public abstract Optional<@Valid Quantity> getOutput();

  /**
   * How the output splits, e.g. over two complexes of 40 woningen or into 50% social and 50%
   * mid-rent; each in the output's unit. Empty if it does not split.
   */
  public abstract List<@Valid Breakdown> getBreakdowns();

  /** The dwelling type it delivers; empty if not about dwellings. */
  public abstract Optional<DwellingType> getDwellingType();

  /** The id of the area where it takes place, e.g. wijk Y; empty if not tied to one. */
  public abstract Optional<@NotBlankWhenPresent String> getAreaId();

  /** The ids of the goals it serves, in the order given; empty if not linked. */
  public abstract List<@NotBlank String> getGoalIds();

  /** The ids of the performance agreements it carries out, in the order given; empty if none. */
  public abstract List<@NotBlank String> getAgreementIds();

  /** Returns the activity {@code id} with the given title and nothing else. */
  public static Activity of(String id, String title) {
    return ImmutableActivity.of(id, title);
  }

  /** Whether {@code partyId} is responsible for or involved in this activity. */
  public boolean concerns(String partyId) {
    return getResponsiblePartyId().filter(partyId::equals).isPresent()
        || getInvolvedPartyIds().contains(partyId);
  }

  /**
   * Builds an {@link Activity}. {@code build()} throws {@link IllegalStateException} if id or title
   * is missing.
   */
  public static final class Builder extends ImmutableActivity.Builder {}

  /** Returns a new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }
}
