package nl.woonzorg.model.analysis;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import java.util.Set;
import java.util.SortedSet;
import nl.woonzorg.model.dwelling.DwellingType;
import nl.woonzorg.model.style.WoonzorgStyle;
import nl.woonzorg.model.targetgroup.TargetGroup;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * A bottleneck (<i>knelpunt</i>) the woonzorganalyse brings out: where supply falls short of
 * demand, now or later. Bottlenecks are ranked, so that the vision and programme can take the most
 * pressing first.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = API.Status.STABLE, since = "0.1.0")
@Value.Immutable
@WoonzorgStyle
public abstract class Bottleneck {

  Bottleneck() {}

  /** The identifier of this bottleneck; never blank. */
  @NotBlank
  public abstract String getId();

  /** What the bottleneck is; never blank. */
  @NotBlank
  public abstract String getDescription();

  /** Whether it bites in the short or the long term. */
  public abstract Term getTerm();

  /** The rank among the analysis's bottlenecks, 1 being the most pressing; at least 1. */
  @Positive
  public abstract int getRank();

  /** The target groups it affects; empty if not limited to some. */
  public abstract Set<TargetGroup> getTargetGroups();

  /** The dwelling types it concerns; empty if not limited to some. */
  public abstract Set<DwellingType> getDwellingTypes();

  /** The ids of the areas where it occurs; empty if the whole area of the analysis. */
  @Value.NaturalOrder
  public abstract SortedSet<@NotBlank String> getAreaIds();

  /**
   * Builds a {@link Bottleneck}. {@code build()} throws {@link IllegalStateException} if id,
   * description, term or rank is missing.
   */
  public static final class Builder extends ImmutableBottleneck.Builder {}

  /** Returns a new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }
}
