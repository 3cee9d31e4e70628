package nl.woonzorg.vera.unit;

import java.util.Optional;
import nl.woonzorg.vera.style.VeraStyle;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * An area an address lies in, as the WRV chain embeds it in an <i>Eenheidadres</i>: the
 * <i>buurt</i>, <i>wijk</i> or <i>gemeente</i>, each {@code {code, naam}}. The code is the CBS
 * code, sent with or without its prefix ({@code 0599} or {@code GM0599}). A gemeente's {@code
 * samenwerkingsverband} and anything else are {@linkplain #getPassThrough() passed through}.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
@Value.Immutable
@VeraStyle
public abstract class VeraArea {

  VeraArea() {}

  /** The area's code (<i>code</i>), as sent; empty if not sent. */
  public abstract Optional<String> getCode();

  /** The area's name (<i>naam</i>); empty if not sent. */
  public abstract Optional<String> getName();

  /** The property order and the other properties of the area object, as read. */
  @Value.Default
  public PassThrough getPassThrough() {
    return PassThrough.empty();
  }

  /** The area with code {@code code} and no name. */
  public static VeraArea ofCode(String code) {
    return builder().code(code).build();
  }

  /** Builds a {@link VeraArea}; a builder is not thread-safe. */
  public static final class Builder extends ImmutableVeraArea.Builder {}

  /** Returns a new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }
}
