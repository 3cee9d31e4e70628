package nl.woonzorg.model.dwelling;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;
import nl.woonzorg.model.constraint.NotBlankWhenPresent;
import nl.woonzorg.model.style.WoonzorgStyle;
import nl.woonzorg.model.vera.HousingForm;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * A building or complex of the housing stock (<i>gebouw</i>, <i>complex</i>), at the level of
 * VERA-OpenAPI's {@code Gebouw} and {@code Cluster}: how many units it has and how many of them
 * are for people aged 55 and over, whether it has a meeting room (<i>ontmoetingsruimte</i>), a
 * lift and step-free access (<i>nultreden</i>), and how its homes are clustered. The rules for
 * clustered housing (<i>geclusterd wonen</i>) are checked at this level; a {@link Dwelling}
 * names its building by {@link Dwelling#getBuildingId()}.
 *
 * <p>Only the id and the kind are required. The counts are kept as counted; the share of units
 * for 55-plussers is derived from them exactly ({@link #hasSeniorShareOfAtLeast(BigDecimal)}) and
 * rounded only for output, with a rounding mode the caller names ({@link
 * #seniorUnitPercentage(int, RoundingMode)}), never stored. The area codes are CBS codes that
 * must nest, as a dwelling's must.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.2.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2.0")
@Value.Immutable
@WoonzorgStyle
public abstract class Building {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  Building() {}

  /** The building's identifier, e.g. a housing association's complex number; never blank. */
  @NotBlank
  @Value.Parameter
  public abstract String getId();

  /** What the record stands for: one building (VERA Gebouw) or a complex (VERA Cluster). */
  @Value.Parameter
  public abstract BuildingKind getKind();

  /** The building's name (<i>naam</i>), e.g. "De Hoge Weide"; empty if it has none. */
  public abstract Optional<@NotBlankWhenPresent String> getName();

  /** The CBS municipality code (<i>gemeentecode</i>), GM and four digits; empty if unknown. */
  public abstract Optional<@Pattern(regexp = AreaCodeNesting.GM) String> getMunicipalityCode();

  /** The CBS district code (<i>wijkcode</i>), WK and six digits; empty if unknown. */
  public abstract Optional<@Pattern(regexp = AreaCodeNesting.WK) String> getDistrictCode();

  /** The CBS neighbourhood code (<i>buurtcode</i>), BU and eight digits; empty if unknown. */
  public abstract Optional<@Pattern(regexp = AreaCodeNesting.BU) String> getNeighbourhoodCode();

  /** The number of units (<i>aantal eenheden</i>) in the building; empty if not counted. */
  public abstract Optional<@PositiveOrZero Integer> getUnitCount();

  /**
   * The number of its units intended for people aged 55 and over (<i>aantal eenheden voor
   * 55-plussers</i>); empty if not counted. At most the {@linkplain #getUnitCount() unit count}
   * (rule WZ-BLD-05).
   */
  public abstract Optional<@PositiveOrZero Integer> getSeniorUnitCount();

  /** The number of storeys (<i>bouwlagen</i>), the ground floor included; empty if unknown. */
  public abstract Optional<@Positive Integer> getStoreys();

  /**
   * Whether the building has a meeting room (<i>ontmoetingsruimte</i>) in or next to it; {@link
   * Presence#ONBEKEND} unless recorded.
   */
  @Value.Default
  public Presence getMeetingRoom() {
    return Presence.ONBEKEND;
  }

  /**
   * Whether the building has a passenger lift (<i>lift</i>); {@link Presence#ONBEKEND} unless
   * recorded.
   */
  @Value.Default
  public Presence getLift() {
    return Presence.ONBEKEND;
  }

  /**
   * Whether the building's homes are reachable without steps from the street (<i>nultreden</i>,
   * step-free access); {@link Presence#ONBEKEND} unless recorded.
   */
  @Value.Default
  public Presence getStepFreeAccess() {
    return Presence.ONBEKEND;
  }

  /**
   * How the building's homes are clustered (<i>clusteringsvorm</i>), with the codes a {@link
   * nl.woonzorg.model.goal.BreakdownDimension#CLUSTERINGSVORM} breakdown uses; empty if the
   * building is not recorded as clustered housing.
   */
  public abstract Optional<ClusteringForm> getClusteringForm();

  /**
   * The housing form (VERA <i>woonvorm</i>) the building's homes are, e.g. {@link
   * HousingForm#GECLUSTERDE_WOONVORM}; empty if none is recorded for the building as a whole.
   */
  public abstract Optional<HousingForm> getHousingForm();

  /** The id of the party that owns the building, e.g. a housing association; empty if unknown. */
  public abstract Optional<@NotBlankWhenPresent String> getOwnerPartyId();

  /** The {@code code} of the VERA {@code Cluster} the record was taken from; empty if none. */
  public abstract Optional<@NotBlankWhenPresent String> getVeraClusterCode();

  /** The {@code code} of the VERA {@code Gebouw} the record was taken from; empty if none. */
  public abstract Optional<@NotBlankWhenPresent String> getVeraBuildingCode();

  /**
   * Whether the building is recorded as clustered housing: it has a {@linkplain
   * #getClusteringForm() clustering form}, or its housing form is geclusterde woonvorm (GEC) or
   * zorggeschikte woning (ZWO), which VERA defines as GEC with more.
   */
  public boolean clustered() {
    return getClusteringForm().isPresent()
        || getHousingForm().filter(form -> form == HousingForm.GECLUSTERDE_WOONVORM
            || form == HousingForm.ZORGGESCHIKTE_WONING).isPresent();
  }

  /**
   * Whether at least {@code percent} percent of the units are for 55-plussers, compared exactly
   * ({@code seniorUnitCount × 100 ≥ percent × unitCount}, nothing rounded); empty if either count
   * is unknown or the building has no units.
   *
   * @throws NullPointerException if {@code percent} is null
   */
  public Optional<Boolean> hasSeniorShareOfAtLeast(BigDecimal percent) {
    Objects.requireNonNull(percent, "percent");
    return shareCounts().map(counts -> BigDecimal.valueOf(counts[0]).multiply(HUNDRED)
        .compareTo(percent.multiply(BigDecimal.valueOf(counts[1]))) >= 0);
  }

  /**
   * The share of units for 55-plussers in percent, for output: rounded to {@code scale} decimals
   * by {@code rounding}; empty if either count is unknown or the building has no units.
   *
   * @throws NullPointerException if {@code rounding} is null
   * @throws ArithmeticException if {@code rounding} is {@link RoundingMode#UNNECESSARY} and the
   *     share needs rounding
   */
  public Optional<BigDecimal> seniorUnitPercentage(int scale, RoundingMode rounding) {
    Objects.requireNonNull(rounding, "rounding");
    return shareCounts().map(counts -> BigDecimal.valueOf(counts[0]).multiply(HUNDRED)
        .divide(BigDecimal.valueOf(counts[1]), scale, rounding));
  }

  /** The senior unit count and the unit count, if both are known and there are units. */
  private Optional<long[]> shareCounts() {
    return getSeniorUnitCount().flatMap(senior -> getUnitCount().filter(units -> units > 0)
        .map(units -> new long[] {senior, units}));
  }

  /** Returns the building {@code id} of {@code kind}, with nothing else recorded. */
  public static Building of(String id, BuildingKind kind) {
    return ImmutableBuilding.of(id, kind);
  }

  @Value.Check
  final void check() {
    AreaCodeNesting.check(getMunicipalityCode(), getDistrictCode(), getNeighbourhoodCode());
  }

  /** Builds a {@link Building}; a builder is not thread-safe. */
  public static final class Builder extends ImmutableBuilding.Builder {}

  /** Returns a new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }
}
