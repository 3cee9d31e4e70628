package nl.woonzorg.model.vision;

import jakarta.validation.Valid;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.woonzorg.model.constraint.NotBlankWhenPresent;
import nl.woonzorg.model.style.WoonzorgStyle;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * The <i>visie</i> of a woonzorgvisie (building block 2): the shared picture of how housing, care
 * and welfare should look in the long term, the principles it rests on, its themes, and which of
 * the Taskforce's eleven topics it covers.
 *
 * <p>Every part is optional, so that a draft can be recorded as it grows.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = API.Status.STABLE, since = "0.1.0")
@Value.Immutable
@WoonzorgStyle
public abstract class VisionStatement {

  VisionStatement() {}

  /** The vision in brief; empty if not written. */
  public abstract Optional<@NotBlankWhenPresent String> getSummary();

  /** The principles, in the order given; empty if none. */
  public abstract List<@Valid Principle> getPrinciples();

  /** The themes, in the order given; empty if none. */
  public abstract List<@Valid Theme> getThemes();

  /** The Taskforce topics the vision covers; empty if not recorded. */
  public abstract Set<TaskforceTopic> getTaskforceTopics();

  /**
   * The Taskforce topics the vision does not cover, in declaration order; an unmodifiable set,
   * empty if it covers all eleven.
   */
  public Set<TaskforceTopic> missingTaskforceTopics() {
    Set<TaskforceTopic> missing = EnumSet.allOf(TaskforceTopic.class);
    missing.removeAll(getTaskforceTopics());
    return Collections.unmodifiableSet(missing);
  }

  /** Builds a {@link VisionStatement}; every attribute is optional. */
  public static final class Builder extends ImmutableVisionStatement.Builder {}

  /** Returns a new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }
}
