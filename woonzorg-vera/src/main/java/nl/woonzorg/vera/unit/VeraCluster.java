package nl.woonzorg.vera.unit;

import java.util.Optional;
import nl.woonzorg.vera.style.VeraStyle;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * A cluster a unit belongs to (<i>cluster</i>): a group of units a corporation manages together,
 * such as a complex, a new-build project or a maintenance cluster. Its identifiers beyond {@code
 * id} ({@code idExtern}, {@code idOrganisatie}, …) are {@linkplain #getPassThrough() passed
 * through}.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
@Value.Immutable
@VeraStyle
public abstract class VeraCluster {

  VeraCluster() {}

  /** The cluster's key in the sending system (<i>id</i>); empty if not sent. */
  public abstract Optional<String> getId();

  /** The cluster's code (<i>code</i>), for showing and searching; empty if not sent. */
  public abstract Optional<String> getCode();

  /** The kind of cluster (<i>soort</i>, list CLUSTERSOORT); empty if not sent. */
  public abstract Optional<VeraCode> getKind();

  /** The cluster's name (<i>naam</i>); empty if not sent. */
  public abstract Optional<String> getName();

  /** The property order and the other properties of the cluster object, as read. */
  @Value.Default
  public PassThrough getPassThrough() {
    return PassThrough.empty();
  }

  /** Builds a {@link VeraCluster}; a builder is not thread-safe. */
  public static final class Builder extends ImmutableVeraCluster.Builder {}

  /** Returns a new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }
}
