package nl.woonzorg.model.analysis;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.woonzorg.model.constraint.NotBlankWhenPresent;
import nl.woonzorg.model.dwelling.DwellingType;
import nl.woonzorg.model.goal.Breakdown;
import nl.woonzorg.model.quantity.Quantity;
import nl.woonzorg.model.style.WoonzorgStyle;
import nl.woonzorg.model.targetgroup.TargetGroup;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * One figure of demand or supply (<i>vraag- of aanbodcijfer</i>) in the woonzorganalyse: "in 2030
 * the demand for clustered homes for 75+ in wijk Y is 120", "the shortage of nursing-care places is
 * 25". A figure without target group, dwelling type or area applies to all of them.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = API.Status.STABLE, since = "0.1.0")
@Value.Immutable
@WoonzorgStyle
public abstract class SupplyDemandFigure {

  SupplyDemandFigure() {}

  /** The identifier of this figure; never blank. */
  @NotBlank
  public abstract String getId();

  /** What the figure counts: demand, supply, shortage, surplus or forecast demand. */
  public abstract FigureKind getKind();

  /** The target group the figure is about; empty if it covers all. */
  public abstract Optional<TargetGroup> getTargetGroup();

  /** The dwelling type the figure is about; empty if it covers all. */
  public abstract Optional<DwellingType> getDwellingType();

  /** The id of the area the figure is about; empty if the whole area of the analysis. */
  public abstract Optional<@NotBlankWhenPresent String> getAreaId();

  /**
   * The year the figure applies to: the current year for demand and supply, a future one for a
   * forecast.
   */
  public abstract int getYear();

  /** The figure itself, e.g. 120 woningen or 25 plaatsen. */
  @Valid
  public abstract Quantity getValue();

  /**
   * How the value splits, e.g. by owner category or clustering form, each in the value's unit
   * or in percent; empty if it does not split. Since format 1.1.
   */
  public abstract List<@Valid Breakdown> getBreakdowns();

  /** The id of the {@link Source} the figure comes from; empty if not given. */
  public abstract Optional<@NotBlankWhenPresent String> getSourceId();

  /** The date the figure was measured (<i>peildatum</i>); empty if not given. */
  public abstract Optional<LocalDate> getReferenceDate();

  /**
   * Builds a {@link SupplyDemandFigure}. {@code build()} throws {@link IllegalStateException} if
   * id, kind, year or value is missing.
   */
  public static final class Builder extends ImmutableSupplyDemandFigure.Builder {}

  /** Returns a new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }
}
