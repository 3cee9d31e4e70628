package nl.woonzorg.model.party;

import jakarta.validation.constraints.NotBlank;
import nl.woonzorg.model.style.WoonzorgStyle;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * An official identifier of a {@link Party} (<i>identificatienummer</i>) in a register such as the
 * Handelsregister (KvK-nummer) or Vektis (AGB-code). The value has the scheme's official format.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = API.Status.STABLE, since = "0.1.0")
@Value.Immutable
@WoonzorgStyle
public abstract class PartyIdentifier {

  PartyIdentifier() {}

  /** The register the identifier comes from. */
  @Value.Parameter
  public abstract IdentifierScheme getScheme();

  /** The identifier, e.g. {@code "12345678"} for a KvK-nummer; never blank. */
  @Value.Parameter
  @NotBlank
  public abstract String getValue();

  /**
   * Returns identifier {@code value} in {@code scheme}, e.g.
   * {@code PartyIdentifier.of(IdentifierScheme.KVK, "12345678")}.
   *
   * @throws IllegalStateException if the value does not have the scheme's official format
   */
  public static PartyIdentifier of(IdentifierScheme scheme, String value) {
    return ImmutablePartyIdentifier.of(scheme, value);
  }

  @Value.Check
  final void check() {
    if (!getScheme().accepts(getValue())) {
      throw new IllegalStateException(getScheme() + " identifier must be "
          + getScheme().format().orElseThrow() + ", not '" + getValue() + "'");
    }
  }

  /**
   * Builds a {@link PartyIdentifier}. {@code build()} throws {@link IllegalStateException} if an
   * attribute is missing or the value does not have the scheme's official format.
   */
  public static final class Builder extends ImmutablePartyIdentifier.Builder {}

  /** Returns a new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }
}
