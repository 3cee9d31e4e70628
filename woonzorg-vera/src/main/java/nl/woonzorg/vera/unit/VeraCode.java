package nl.woonzorg.vera.unit;

import java.util.Optional;
import nl.woonzorg.model.code.CodeList;
import nl.woonzorg.vera.style.VeraStyle;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * A code value (<i>Referentiedata</i>): an entry of a VERA code list as an attribute carries it,
 * e.g. {@code {"code": "SEN", "naam": "Seniorenwoning"}}.
 *
 * <p>The spec writes a code as an object, never as a bare string; payloads send {@code {code}},
 * {@code {code, naam}} or the full Referentiedata object ({@code soort}, {@code omschrijving},
 * {@code parent}, {@code begindatum}, …). The code is bound, the name too; everything else is
 * {@linkplain #getPassThrough() passed through}. Which list a code belongs to is the attribute's
 * business (see the spec's cross-reference), not the value's.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
@Value.Immutable
@VeraStyle
public abstract class VeraCode {

  VeraCode() {}

  /** The code (<i>code</i>), e.g. {@code SEN}; never null. */
  @Value.Parameter
  public abstract String getCode();

  /** The code's display name (<i>naam</i>), e.g. {@code Seniorenwoning}; empty if not sent. */
  public abstract Optional<String> getName();

  /** The property order and the other properties of the Referentiedata object, as read. */
  @Value.Default
  public PassThrough getPassThrough() {
    return PassThrough.empty();
  }

  /** The code {@code code} without a name. */
  public static VeraCode of(String code) {
    return ImmutableVeraCode.of(code);
  }

  /** The code {@code code} with its name {@code name}. */
  public static VeraCode of(String code, String name) {
    return builder().code(code).name(name).build();
  }

  /** The entry {@code entry} of a code list the model mirrors, with its Dutch label as name. */
  public static VeraCode from(CodeList entry) {
    return of(entry.getCode(), entry.getLabelNl());
  }

  /** Builds a {@link VeraCode}; a builder is not thread-safe. */
  public static final class Builder extends ImmutableVeraCode.Builder {}

  /** Returns a new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }
}
