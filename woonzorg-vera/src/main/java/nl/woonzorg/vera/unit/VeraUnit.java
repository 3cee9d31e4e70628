package nl.woonzorg.vera.unit;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import nl.woonzorg.vera.style.VeraStyle;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * A unit of real estate as VERA-OpenAPI exchanges it (<i>Eenheid</i>, and <i>Eenheden-Eenheid</i>
 * in the WRV chain): a home, a room, a parking space.
 *
 * <p>The attributes woonzorg works with are bound to typed attributes here, each named in its
 * Javadoc by its VERA name; every other attribute of the spec, a vendor's {@code
 * extra-attributen} and unknown properties are {@linkplain #getPassThrough() passed through}
 * unchanged, with the order of all properties as read. {@link UnitAttributes} lists which is
 * which. Nothing is required: the spec marks no attribute so.
 *
 * <p>Equal units have equal attributes and pass-through, the order of properties included. A unit
 * read from JSON records the order of all its properties, one built in code only that of what it
 * passes through: compare the two by what {@link nl.woonzorg.vera.json.VeraWriter} writes.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
@Value.Immutable
@VeraStyle
public abstract class VeraUnit {

  VeraUnit() {}

  /** The unit's key in the sending system (<i>id</i>); empty if not sent. */
  public abstract Optional<String> getId();

  /** The kind of unit (<i>soort</i>, list EENHEIDSOORT), e.g. {@code WOO}; empty if not sent. */
  public abstract Optional<VeraCode> getKind();

  /** The detailed kind (<i>detailSoort</i>, list EENHEIDDETAILSOORT); empty if not sent. */
  public abstract Optional<VeraCode> getDetailKind();

  /** For whom the unit is meant (<i>doelgroep</i>, list DOELGROEP); empty if not sent. */
  public abstract Optional<VeraCode> getTargetGroup();

  /**
   * The specific group the unit suits best (<i>aanvullendeDoelgroep</i>, list
   * AANVULLENDEDOELGROEP); empty if not sent.
   */
  public abstract Optional<VeraCode> getSupplementaryTargetGroup();

  /** The housing form (<i>woonvorm</i>, list WOONVORM); empty if not sent. */
  public abstract Optional<VeraCode> getHousingForm();

  /**
   * The accessibility label (<i>toegankelijkheidslabel</i>, list TOEGANKELIJKHEIDSLABEL); empty if
   * not sent.
   */
  public abstract Optional<VeraCode> getAccessibilityLabel();

  /**
   * The accessibility score of the Bouw Advies Toegankelijkheid (<i>batScore</i>, list BATSCORE);
   * empty if not sent.
   */
  public abstract Optional<VeraCode> getBatScore();

  /** Whether the unit is self-contained (<i>zelfstandig</i>); empty if not sent. */
  public abstract Optional<Boolean> getSelfContained();

  /** The number of living rooms (<i>kamersAantal</i>); empty if not sent. */
  public abstract Optional<Integer> getRooms();

  /** The floor the unit is on (<i>etage</i>); empty if not sent. */
  public abstract Optional<Integer> getFloor();

  /** The year of construction (<i>bouwjaar</i>); empty if not sent. */
  public abstract Optional<Integer> getConstructionYear();

  /** The gross rent in euro, net rent plus all components and VAT (<i>brutohuur</i>). */
  public abstract Optional<BigDecimal> getGrossRent();

  /**
   * The rent that counts for housing benefit in euro (<i>rekenhuur</i>, subsidiabele huur); empty
   * if not sent.
   */
  public abstract Optional<BigDecimal> getEligibleRent();

  /** The net rent in euro the corporation aims at (<i>streefhuur</i>); empty if not sent. */
  public abstract Optional<BigDecimal> getTargetRent();

  /** The unit's address (<i>adres</i>); empty if not sent. */
  public abstract Optional<VeraAddress> getAddress();

  /**
   * The clusters the unit belongs to (<i>clusters</i>), in the order sent; empty if none were
   * sent. An empty array that was read is written back, since its name stays in the order.
   */
  public abstract List<VeraCluster> getClusters();

  /**
   * The property order and everything not bound, as read: other attributes of the spec, {@code
   * extra-attributen}, unknown properties, and bound attributes whose value lacked the spec's type.
   */
  @Value.Default
  public PassThrough getPassThrough() {
    return PassThrough.empty();
  }

  /** Builds a {@link VeraUnit}; a builder is not thread-safe. */
  public static final class Builder extends ImmutableVeraUnit.Builder {}

  /** Returns a new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }
}
