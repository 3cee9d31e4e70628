package nl.woonzorg.model.analysis;

import java.util.List;
import nl.woonzorg.model.dwelling.DwellingType;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import nl.woonzorg.model.constraint.NotBlankWhenPresent;
import nl.woonzorg.model.quantity.Quantity;
import nl.woonzorg.model.style.WoonzorgStyle;
import nl.woonzorg.model.targetgroup.TargetGroup;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * A finding (<i>bevinding</i>) of the woonzorganalyse, in words and, where it has one, with its
 * figure: "23% van de 65-plussers in gemeente A heeft aangegeven te willen verhuizen naar een
 * geschikte woning" is a finding about {@code OUDEREN_65_PLUS} with figure 23 procent.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = API.Status.STABLE, since = "0.1.0")
@Value.Immutable
@WoonzorgStyle
public abstract class AnalysisFinding {

  AnalysisFinding() {}

  /** The identifier of this finding; never blank. */
  @Value.Parameter
  @NotBlank
  public abstract String getId();

  /** The finding in words; never blank. */
  @Value.Parameter
  @NotBlank
  public abstract String getStatement();

  /** The figure the finding states, e.g. 23 procent; empty if it states none. */
  public abstract Optional<@Valid Quantity> getFigure();

  /** The target groups the finding is about; empty if not limited to some. */
  public abstract Set<TargetGroup> getTargetGroups();

  /** The ids of the areas the finding is about; empty if the whole area of the analysis. */
  @Value.NaturalOrder
  public abstract SortedSet<@NotBlank String> getAreaIds();

  /**
   * The dwelling types it is about, e.g. geclusterd wonen plus; empty if none in particular.
   * Since format 1.1.
   *
   * @since 0.2.0
   */
  public abstract Set<DwellingType> getDwellingTypes();

  /**
   * The ids of the parties it concerns, e.g. those whose cooperation it says is needed, in order;
   * empty if none in particular. Since format 1.1.
   *
   * @since 0.2.0
   */
  public abstract List<@NotBlank String> getPartyIds();

  /** The id of the {@link Source} the finding rests on; empty if not given. */
  public abstract Optional<@NotBlankWhenPresent String> getSourceId();

  /** The date the underlying data refers to (<i>peildatum</i>); empty if not given. */
  public abstract Optional<LocalDate> getReferenceDate();

  /**
   * The year the finding looks ahead to, for a forecast: "over vijftien jaar" in an analysis of
   * 2021 is 2036; empty for a finding about the present. Since format 1.1.
   */
  public abstract Optional<Integer> getHorizonYear();

  /**
   * How many years ahead the finding looks, where the source says it relative to the document's
   * year and gives no year: "over vijftien jaar" is 15; empty if not so given. Since format 1.1.
   *
   * @since 0.2.0
   */
  public abstract Optional<Integer> getHorizonInYears();

  /** Returns the finding {@code id} with the given statement and nothing else. */
  public static AnalysisFinding of(String id, String statement) {
    return ImmutableAnalysisFinding.of(id, statement);
  }

  /**
   * Builds an {@link AnalysisFinding}. {@code build()} throws {@link IllegalStateException} if id
   * or statement is missing.
   */
  public static final class Builder extends ImmutableAnalysisFinding.Builder {}

  /** Returns a new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }
}
