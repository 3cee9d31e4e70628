package nl.woonzorg.model.programme;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Optional;
import nl.woonzorg.model.style.WoonzorgStyle;
import nl.woonzorg.model.time.YearPeriod;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * The <i>uitvoeringsprogramma</i> (implementation programme) of a woonzorgvisie: the concrete
 * activities through which partners carry out the goals and agreements, usually over three to five
 * years.
 *
 * <p>Every part is optional, so that a draft can be recorded as it grows.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = API.Status.STABLE, since = "0.1.0")
@Value.Immutable
@WoonzorgStyle
public abstract class ImplementationProgramme {

  ImplementationProgramme() {}

  /** The years the programme runs; empty if not fixed. */
  public abstract Optional<@Valid YearPeriod> getPeriod();

  /** The activities, in the order given; empty if none. */
  public abstract List<@Valid Activity> getActivities();

  /**
   * The activities {@code partyId} is responsible for or involved in, in the order given; empty if
   * none.
   */
  public List<Activity> activitiesOf(String partyId) {
    return getActivities().stream().filter(a -> a.concerns(partyId)).toList();
  }

  /** The activity with id {@code activityId}; empty if there is none. */
  public Optional<Activity> findActivity(String activityId) {
    return getActivities().stream().filter(a -> a.getId().equals(activityId)).findFirst();
  }

  /** Builds an {@link ImplementationProgramme}; every attribute is optional. */
  public static final class Builder extends ImmutableImplementationProgramme.Builder {}

  /** Returns a new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }
}
