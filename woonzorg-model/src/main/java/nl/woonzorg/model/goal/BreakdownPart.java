package nl.woonzorg.model.goal;

import jakarta.validation.constraints.NotBlank;
import java.math.BigDecimal;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;
import nl.woonzorg.model.constraint.NotBlankWhenPresent;
import nl.woonzorg.model.dwelling.ClusteringForm;
import nl.woonzorg.model.dwelling.DwellingType;
import nl.woonzorg.model.quantity.Amounts;
import nl.woonzorg.model.style.WoonzorgStyle;
import nl.woonzorg.model.targetgroup.TargetGroup;
import nl.woonzorg.model.time.PartialDate;
import nl.woonzorg.model.time.YearPart;

/**
 * One part of a {@link Breakdown} (<i>deel van een uitsplitsing</i>): "80 in new build", "30 in
 * existing stock", "50% social rent". The optional attributes say, in typed form, which slice of
 * the target the part is; set the one that matches the breakdown's dimension.
 *
 * <p>The value is kept in canonical form, as in {@link nl.woonzorg.model.quantity.Quantity}, so
 * that {@code 80} and {@code 80.0} make equal parts.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = API.Status.STABLE, since = "0.1.0")
@Value.Immutable
@WoonzorgStyle
public abstract class BreakdownPart {

  BreakdownPart() {}

  /** How the part is named in the source, e.g. "nieuwbouw"; never blank. */
  @Value.Parameter
  @NotBlank
  public abstract String getLabel();

  /**
   * The part's amount, in the unit of the goal's target (a percentage if the target is one);
   * canonical.
   */
  @Value.Parameter
  public abstract BigDecimal getValue();

  /** The construction mode this part is, for a {@link BreakdownDimension#BOUWWIJZE} breakdown. */
  public abstract Optional<ConstructionMode> getConstructionMode();

  /**
   * The year this part is, for a {@link BreakdownDimension#JAAR} breakdown, or the year of its
   * {@linkplain #getPartOfYear() part of the year} for a {@link BreakdownDimension#PERIODE} one.
   */
  public abstract Optional<Integer> getYear();

  /**
   * The part of its {@linkplain #getYear() year} this part is, for a {@link
   * BreakdownDimension#PERIODE} breakdown: {@link YearPart#EERSTE_HELFT}, {@link
   * YearPart#KWARTAAL_3}; empty for a whole year or another dimension. Since format 1.1.
   *
   * @since 0.2.0
   */
  public abstract Optional<YearPart> getPartOfYear();

  /**
   * The period this part stands for: its year with its part of the year ("eerste helft 2024"),
   * or its year alone; empty if it has no year. Not on the wire: it is read from {@code year}
   * and {@code partOfYear}.
   *
   * @return the period, never null
   * @since 0.2.0
   */
  public Optional<PartialDate> period() {
    return getYear().map(year -> getPartOfYear().map(part -> PartialDate.of(year, part))
        .orElseGet(() -> PartialDate.ofYear(year)));
  }

  /** The id of the area or location this part is, for a by-area or by-location breakdown. */
  public abstract Optional<@NotBlankWhenPresent String> getAreaId();

  /** The id of the party that delivers this part, for a {@link BreakdownDimension#PARTIJ} one. */
  public abstract Optional<@NotBlankWhenPresent String> getPartyId();

  /** The target group this part is, for a {@link BreakdownDimension#DOELGROEP} breakdown. */
  public abstract Optional<TargetGroup> getTargetGroup();

  /** The dwelling type this part is, for a {@link BreakdownDimension#WOONVORM} breakdown. */
  public abstract Optional<DwellingType> getDwellingType();

  /** The rent segment this part is, for a {@link BreakdownDimension#HUURSEGMENT} breakdown. */
  public abstract Optional<RentSegment> getRentSegment();

  /** The owner category this part is, for a {@link BreakdownDimension#EIGENDOM} breakdown. */
  public abstract Optional<OwnerCategory> getOwnerCategory();

  /**
   * The clustering form this part is, for a {@link BreakdownDimension#CLUSTERINGSVORM} breakdown.
   */
  public abstract Optional<ClusteringForm> getClusteringForm();

  /**
   * Returns the part {@code label} with amount {@code value}.
   *
   * @param label how the part is named
   * @param value its amount, in the unit of the goal's target
   * @return the part, never null
   */
  public static BreakdownPart of(String label, BigDecimal value) {
    return ImmutableBreakdownPart.of(label, value);
  }

  /**
   * Returns the part {@code label} with amount {@code value}, e.g.
   * {@code BreakdownPart.of("nieuwbouw", 80)}.
   *
   * @param label how the part is named
   * @param value its amount, in the unit of the goal's target
   * @return the part, never null
   */
  public static BreakdownPart of(String label, long value) {
    return of(label, BigDecimal.valueOf(value));
  }

  @Value.Check
  final BreakdownPart canonical() {
    BigDecimal canonical = Amounts.canonical(getValue());
    return canonical.equals(getValue()) ? this : builder().from(this).value(canonical).build();
  }

  /** A builder for breakdown parts; {@code label} and {@code value} must be set. */
  public static final class Builder extends ImmutableBreakdownPart.Builder {}

  /**
   * Returns a new, empty builder.
   *
   * @return the builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }
}
