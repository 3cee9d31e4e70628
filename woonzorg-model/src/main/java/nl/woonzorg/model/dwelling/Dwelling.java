package nl.woonzorg.model.dwelling;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;
import org.immutables.value.Value;
import nl.woonzorg.model.constraint.NotBlankWhenPresent;
import nl.woonzorg.model.style.WoonzorgStyle;
import nl.woonzorg.model.vera.AccessibilityLabel;
import nl.woonzorg.model.vera.BatScore;
import nl.woonzorg.model.vera.HousingForm;
import nl.woonzorg.model.vera.RentClass;
import nl.woonzorg.model.vera.UnitDetailKind;
import nl.woonzorg.model.vera.UnitKind;
import nl.woonzorg.model.vera.VeraSupplementaryTargetGroup;
import nl.woonzorg.model.vera.VeraTargetGroup;

/**
 * A unit of the housing stock (<i>eenheid</i>, <i>woning</i>), shaped like the VERA
 * <i>Eenheid</i> so that a housing association's stock data maps onto it field by field: where it
 * lies, what kind of unit it is, how accessible, for whom, in which rent class.
 *
 * <p>Only the id and the unit kind are required; everything else is optional, as stock data often
 * is incomplete. The area codes are CBS codes: the district code begins with the municipality's
 * digits and the neighbourhood code with the district's, and a record that contradicts that is
 * refused.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = API.Status.STABLE, since = "0.1.0")
@Value.Immutable
@WoonzorgStyle
public abstract class Dwelling {

  Dwelling() {}

  /** The unit's identifier, e.g. a housing association's unit number; never null or blank. */
  @NotBlank
  @Value.Parameter
  public abstract String getId();

  /** The CBS municipality code (<i>gemeentecode</i>), GM and four digits; empty if unknown. */
  public abstract Optional<@Pattern(regexp = AreaCodeNesting.GM) String> getMunicipalityCode();

  /** The CBS district code (<i>wijkcode</i>), WK and six digits; empty if unknown. */
  public abstract Optional<@Pattern(regexp = AreaCodeNesting.WK) String> getDistrictCode();

  /** The CBS neighbourhood code (<i>buurtcode</i>), BU and eight digits; empty if unknown. */
  public abstract Optional<@Pattern(regexp = AreaCodeNesting.BU) String> getNeighbourhoodCode();

  /**
   * The postcode, four digits (the first not zero) and two capital letters without a space, e.g.
   * {@code 2511CV}; empty if not recorded.
   */
  public abstract Optional<@Pattern(regexp = "[1-9]\\d{3}[A-Z]{2}") String> getPostalCode();

  /** The kind of unit (VERA <i>eenheidsoort</i>), e.g. {@link UnitKind#WOONRUIMTE}; never null. */
  @Value.Parameter
  public abstract UnitKind getUnitKind();

  /**
   * The detailed kind of unit (VERA <i>eenheiddetailsoort</i>), always one of the {@linkplain
   * #getUnitKind() unit kind}; empty if not recorded.
   */
  public abstract Optional<UnitDetailKind> getUnitDetailKind();

  /** The housing form (VERA <i>woonvorm</i>); empty if the unit is not part of one. */
  public abstract Optional<HousingForm> getHousingForm();

  /** The accessibility label (VERA <i>toegankelijkheidslabel</i>); empty if not recorded. */
  public abstract Optional<AccessibilityLabel> getAccessibilityLabel();

  /**
   * The accessibility score of the Bouw Advies Toegankelijkheid (VERA <i>batScore</i>); empty if
   * not recorded. Since format 1.1.
   *
   * @since 0.2.0
   */
  public abstract Optional<BatScore> getBatScore();

  /** For whom the unit is intended (VERA <i>doelgroep</i>); empty if for no group in particular. */
  public abstract Optional<VeraTargetGroup> getTargetGroup();

  /** The specific groups the unit is intended for (VERA <i>aanvullende doelgroep</i>). */
  public abstract Set<VeraSupplementaryTargetGroup> getSupplementaryTargetGroups();

  /** The rent class (VERA <i>huurklasse</i>); empty if not recorded or not a rented unit. */
  public abstract Optional<RentClass> getRentClass();

  /** The number of rooms (<i>aantal kamers</i>), at least 1; empty if not recorded. */
  public abstract Optional<@Positive Integer> getRooms();

  /** The year of construction (<i>bouwjaar</i>); empty if not recorded. */
  public abstract Optional<Integer> getConstructionYear();

  /** The id of the party that owns the unit, e.g. a housing association; empty if not recorded. */
  public abstract Optional<@NotBlankWhenPresent String> getOwnerPartyId();

  /**
   * The id of the {@link Building} (<i>gebouw</i> or <i>complex</i>) the unit lies in; empty if
   * not recorded. In a stream of records it names a building record of the same stream (rule
   * WZ-BLD-06). Since format 1.1.
   *
   * @since 0.2.0
   */
  public abstract Optional<@NotBlankWhenPresent String> getBuildingId();

  /**
   * The category of the national programme for housing older people this unit counts in, from its
   * housing form and accessibility label by {@link ProgrammeCategory#of(Optional, Optional)}; empty
   * if it does not count.
   */
  public Optional<ProgrammeCategory> programmeCategory() {
    return ProgrammeCategory.of(getHousingForm(), getAccessibilityLabel());
  }

  /** Returns the unit {@code id} of kind {@code unitKind}, with nothing else recorded. */
  public static Dwelling of(String id, UnitKind unitKind) {
    return ImmutableDwelling.of(id, unitKind);
  }

  @Value.Check
  final void check() {
    // A test of presence, not a lambda, which captures this record: an object for every record
    // of a stock of millions that is built.
    Optional<UnitDetailKind> unitDetailKind = getUnitDetailKind();
    if (unitDetailKind.isPresent() && unitDetailKind.get().getUnitKind() != getUnitKind()) {
      UnitDetailKind detail = unitDetailKind.get();
      throw new IllegalStateException("unit detail kind " + detail.name() + " ("
          + detail.getCode() + ") belongs to unit kind " + detail.getUnitKind().name()
          + ", not to " + getUnitKind().name());
    }
    AreaCodeNesting.check(getMunicipalityCode(), getDistrictCode(), getNeighbourhoodCode());
  }

  /** Builds a {@link Dwelling}; a builder is not thread-safe. */
  public static final class Builder extends ImmutableDwelling.Builder {}

  /** Returns a new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }
}
