package nl.woonzorg.model.analysis;

import jakarta.validation.constraints.NotBlank;
import java.time.LocalDate;
import java.util.Optional;
import nl.woonzorg.model.constraint.NotBlankWhenPresent;
import nl.woonzorg.model.style.WoonzorgStyle;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * A source (<i>bron</i>) that figures and findings rest on: a survey, a forecast, a register
 * extract, a report. Figures and findings refer to it by {@link #getId() id}.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = API.Status.STABLE, since = "0.1.0")
@Value.Immutable
@WoonzorgStyle
public abstract class Source {

  Source() {}

  /** The identifier figures and findings use to refer to this source; never blank. */
  @Value.Parameter
  @NotBlank
  public abstract String getId();

  /** The title, e.g. {@code "Woononderzoek 2023"}; never blank. */
  @Value.Parameter
  @NotBlank
  public abstract String getTitle();

  /** Who published it, e.g. {@code "CBS"}; empty if not given. */
  public abstract Optional<@NotBlankWhenPresent String> getPublisher();

  /** Where it can be found; empty if not given. */
  public abstract Optional<@NotBlankWhenPresent String> getUrl();

  /** When it was published; empty if not given. */
  public abstract Optional<LocalDate> getPublished();

  /** Returns the source {@code id} with the given title. */
  public static Source of(String id, String title) {
    return ImmutableSource.of(id, title);
  }

  /**
   * Builds a {@link Source}. {@code build()} throws {@link IllegalStateException} if id or title is
   * missing.
   */
  public static final class Builder extends ImmutableSource.Builder {}

  /** Returns a new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }
}
