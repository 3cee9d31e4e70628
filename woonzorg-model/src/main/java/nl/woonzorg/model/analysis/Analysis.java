package nl.woonzorg.model.analysis;

import jakarta.validation.Valid;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import nl.woonzorg.model.constraint.NotBlankWhenPresent;
import nl.woonzorg.model.style.WoonzorgStyle;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * The <i>woonzorganalyse</i> (housing-and-care analysis): building block 1 of a woonzorgvisie,
 * "inzicht in de opgave". It shows how far current supply of housing and care meets current and
 * future demand, per target group and area, which bottlenecks follow in the short and the long
 * term, and what the partners conclude. Usually drawn up regionally and deepened locally.
 *
 * <p>Every part is optional, so that a draft can be recorded as it grows.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = API.Status.STABLE, since = "0.1.0")
@Value.Immutable
@WoonzorgStyle
public abstract class Analysis {

  Analysis() {}

  /** The analysis in brief; empty if not written. */
  public abstract Optional<@NotBlankWhenPresent String> getSummary();

  /** The demand and supply figures, in the order given; empty if none. */
  public abstract List<@Valid SupplyDemandFigure> getFigures();

  /** The bottlenecks, in the order given (see {@link #bottlenecksByRank()}); empty if none. */
  public abstract List<@Valid Bottleneck> getBottlenecks();

  /** The findings, in the order given; empty if none. */
  public abstract List<@Valid AnalysisFinding> getFindings();

  /** The sources figures and findings refer to, in the order given; empty if none. */
  public abstract List<@Valid Source> getSources();

  /** The bottlenecks, most pressing (rank 1) first; ties keep the order given. */
  public List<Bottleneck> bottlenecksByRank() {
    return getBottlenecks().stream().sorted(Comparator.comparingInt(Bottleneck::getRank)).toList();
  }

  /** The source with id {@code sourceId}; empty if there is none. */
  public Optional<Source> findSource(String sourceId) {
    return getSources().stream().filter(s -> s.getId().equals(sourceId)).findFirst();
  }

  /** Builds an {@link Analysis}; every attribute is optional. */
  public static final class Builder extends ImmutableAnalysis.Builder {}

  /** Returns a new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }
}
