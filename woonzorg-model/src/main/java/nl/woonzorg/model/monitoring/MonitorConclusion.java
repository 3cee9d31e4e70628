package nl.woonzorg.model.monitoring;

import jakarta.validation.Valid;
import java.util.Set;
import nl.woonzorg.model.goal.Scope;
import nl.woonzorg.model.vision.TaskforceTheme;
import nl.woonzorg.model.vision.TaskforceTopic;
import jakarta.validation.constraints.NotBlank;
import java.util.List;
import java.util.Optional;
import nl.woonzorg.model.constraint.NotBlankWhenPresent;
import nl.woonzorg.model.style.WoonzorgStyle;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * A conclusion of a monitor or progress report (<i>conclusie</i>): what the measurements show,
 * for which indicators and, where it is local, for which area — "the number of clustered homes in
 * wijk Y lags behind the jaarschijf".
 *
 * <p>Immutable and thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2.0")
@Value.Immutable
@WoonzorgStyle
public abstract class MonitorConclusion {

  MonitorConclusion() {}

  /** The identifier of this conclusion; never blank. */
  @Value.Parameter
  @NotBlank
  public abstract String getId();

  /** The conclusion in words; never blank. */
  @Value.Parameter
  @NotBlank
  public abstract String getStatement();

  /** The ids of the indicators it rests on, in order; empty if it rests on none in particular. */
  public abstract List<@NotBlank String> getIndicatorIds();

  /** The id of the area it is about; empty if the monitor's whole area. */
  public abstract Optional<@NotBlankWhenPresent String> getAreaId();

  /**
   * The Taskforce topics it is about, e.g. "de volgende onderwerpen komen vaak aan bod: de
   * woonbehoefte, …"; empty if none in particular. Since format 1.1.
   *
   * @since 0.2.0
   */
  public abstract Set<TaskforceTopic> getTopics();

  /**
   * The Taskforce themes it is about, e.g. "het thema 'Doorstromen' wordt vaak benoemd"; empty if
   * none in particular. Since format 1.1.
   *
   * @since 0.2.0
   */
  public abstract Set<TaskforceTheme> getThemes();

  /**
   * Whom and what it is about: target groups, dwelling types and areas; empty if not narrowed
   * down. Since format 1.1.
   *
   * @since 0.2.0
   */
  public abstract Optional<@Valid Scope> getScope();

  /**
   * How widespread what it states is, where the monitor says it in words: "het overgrote deel",
   * "vaak"; empty if it gives no such word. Since format 1.1.
   *
   * @since 0.2.0
   */
  public abstract Optional<Prevalence> getPrevalence();

  /** Returns the conclusion {@code id} stating {@code statement}, for the whole area. */
  public static MonitorConclusion of(String id, String statement) {
    return ImmutableMonitorConclusion.of(id, statement);
  }

  /** Builds a {@link MonitorConclusion}; id and statement are required. */
  public static final class Builder extends ImmutableMonitorConclusion.Builder {}

  /** Returns a new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }
}
