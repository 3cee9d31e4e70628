package nl.woonzorg.vera.unit;

import java.util.Optional;
import nl.woonzorg.vera.style.VeraStyle;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * The address of a unit (<i>adres</i>), dispatched on its {@linkplain #getKind() soort}: a
 * {@linkplain AddressKind#UNIT_ADDRESS unit address} (<i>Eenheidadres</i>) binds the buurt, wijk
 * and gemeente the WRV chain embeds; every kind binds its postcode. Street, house number,
 * woonplaats, geometry and the rest are {@linkplain #getPassThrough() passed through}, and so are
 * buurt, wijk and gemeente on an address of another kind, where the spec does not have them.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
@Value.Immutable
@VeraStyle
public abstract class VeraAddress {

  VeraAddress() {}

  /** The kind of address (<i>soort</i>, list ADRESSOORT); empty if not sent. */
  public abstract Optional<VeraCode> getKind();

  /** The postcode (<i>postcode</i>), as sent, e.g. {@code 3011 AB}; empty if not sent. */
  public abstract Optional<String> getPostcode();

  /** The neighbourhood (<i>buurt</i>) of a unit address; empty if not sent. */
  public abstract Optional<VeraArea> getNeighbourhood();

  /** The district (<i>wijk</i>) of a unit address; empty if not sent. */
  public abstract Optional<VeraArea> getDistrict();

  /** The municipality (<i>gemeente</i>) of a unit address; empty if not sent. */
  public abstract Optional<VeraArea> getMunicipality();

  /** The property order and the other properties of the address object, as read. */
  @Value.Default
  public PassThrough getPassThrough() {
    return PassThrough.empty();
  }

  /** The kind of address its soort code names; a unit address if it has none. */
  public AddressKind addressKind() {
    return AddressKind.of(getKind());
  }

  @Value.Check
  final void check() {
    if (addressKind() != AddressKind.UNIT_ADDRESS && (getNeighbourhood().isPresent()
        || getDistrict().isPresent() || getMunicipality().isPresent())) {
      throw new IllegalStateException("only a unit address (soort EEN) has a buurt, wijk or "
          + "gemeente, not an address of kind " + addressKind());
    }
  }

  /** Builds a {@link VeraAddress}; a builder is not thread-safe. */
  public static final class Builder extends ImmutableVeraAddress.Builder {}

  /** Returns a new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }
}
