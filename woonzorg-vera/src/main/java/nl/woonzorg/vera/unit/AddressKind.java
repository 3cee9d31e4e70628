package nl.woonzorg.vera.unit;

import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The kind of a VERA address (<i>adressoort</i>, list ADRESSOORT), read from its {@code
 * soort.code}. The spec's {@code Adres} is a {@code oneOf} that every address matches, so the
 * kind, not the shape, says which attributes belong to it: only a unit address carries the
 * buurt, wijk and gemeente.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public enum AddressKind {
  /** <i>Eenheidadres</i> ({@code EEN}): the address of a unit, with its buurt, wijk, gemeente. */
  UNIT_ADDRESS,
  /** <i>Postadres</i> ({@code POS}): a postal address, a PO box or reply number. */
  POSTAL_ADDRESS,
  /** <i>Buitenlands adres</i> ({@code BUI}): an address outside the Netherlands. */
  FOREIGN_ADDRESS,
  /** A {@code soort} code this library does not know: only the basic address attributes bind. */
  OTHER;

  /**
   * The kind an address with {@code soort} is. Without a soort, a unit's address is its unit
   * address, which is how the samples send it.
   */
  public static AddressKind of(Optional<VeraCode> soort) {
    if (soort.isEmpty()) {
      return UNIT_ADDRESS;
    }
    switch (soort.get().getCode()) {
      case "EEN":
        return UNIT_ADDRESS;
      case "POS":
        return POSTAL_ADDRESS;
      case "BUI":
        return FOREIGN_ADDRESS;
      default:
        return OTHER;
    }
  }
}
