package nl.woonzorg.analysis.monitor;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import nl.woonzorg.model.monitoring.Measurement;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Partners' measurements combined (<i>bronnen samengevoegd</i>): those of one indicator, area and
 * date that give one value agree, whatever their sources; those that give more are a {@link
 * Disagreement}, and none of them is kept. Values are compared exactly: 20 and 20.0 agree.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class SourceReconciliation {

  private final List<Measurement> agreed;
  private final List<Disagreement> disagreements;

  private SourceReconciliation(List<Measurement> agreed, List<Disagreement> disagreements) {
    this.agreed = List.copyOf(agreed);
    this.disagreements = List.copyOf(disagreements);
  }

  /** Reconciles {@code measurements}, from any number of documents and sources. */
  public static SourceReconciliation of(Collection<Measurement> measurements) {
    Map<Key, List<Measurement>> groups = new LinkedHashMap<>();
    measurements.stream()
        .sorted(Comparator.comparing(Measurement::getIndicatorId)
            .thenComparing(m -> m.getAreaId().orElse(""))
            .thenComparing(Measurement::getReferenceDate))
        .forEach(m -> groups.computeIfAbsent(new Key(m.getIndicatorId(), m.getAreaId(),
            m.getReferenceDate()), key -> new ArrayList<>()).add(m));
    List<Measurement> agreed = new ArrayList<>();
    List<Disagreement> disagreements = new ArrayList<>();
    for (List<Measurement> group : groups.values()) {
      if (LevelTrack.agree(group)) {
        agreed.add(group.get(0));
      } else {
        disagreements.add(Disagreement.of(group));
      }
    }
    return new SourceReconciliation(agreed, disagreements);
  }

  /**
   * One measurement for each indicator, area and date whose measurements agree (the first given),
   * by indicator, area and date.
   */
  public List<Measurement> agreed() {
    return agreed;
  }

  /** Each indicator, area and date whose measurements disagree, by indicator, area and date. */
  public List<Disagreement> disagreements() {
    return disagreements;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof SourceReconciliation
        && agreed.equals(((SourceReconciliation) other).agreed)
        && disagreements.equals(((SourceReconciliation) other).disagreements);
  }

  @Override
  public int hashCode() {
    return Objects.hash(agreed, disagreements);
  }

  /** The counts, for debugging; the form may change. */
  @Override
  public String toString() {
    return agreed.size() + " agreed, disagreements " + disagreements;
  }

  private record Key(String indicatorId, Optional<String> areaId, LocalDate date) {}
}
