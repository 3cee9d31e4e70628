package nl.woonzorg.vera.allocation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.apiguardian.api.API;

/**
 * Counts allocations per period and area (<i>toewijzingen tellen</i>). A {@code Toewijzing} names
 * only its unit, so the caller says where each unit is (from the stock's addresses, say: its
 * gemeente, wijk or buurt code); an allocation of a unit the caller cannot place is counted in
 * {@link #UNKNOWN_AREA}, never dropped. Memory in proportion to the periods × areas × codes, not
 * to the allocations.
 *
 * <p>Not thread-safe: one per count.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class AllocationTally {

  /** The area of allocations whose unit the caller could not place. */
  public static final String UNKNOWN_AREA = "onbekend";

  private final Period period;
  private final Function<String, Optional<String>> areaOfUnit;
  private final Map<String, Counts> counts = new TreeMap<>();

  private AllocationTally(Period period, Function<String, Optional<String>> areaOfUnit) {
    this.period = period;
    this.areaOfUnit = areaOfUnit;
  }

  /**
   * A tally by {@code period}, placing each allocation by its unit's id with {@code areaOfUnit}.
   */
  public static AllocationTally of(Period period,
      Function<String, Optional<String>> areaOfUnit) {
    return new AllocationTally(Objects.requireNonNull(period, "period"),
        Objects.requireNonNull(areaOfUnit, "areaOfUnit"));
  }

  /** Counts {@code allocation}. */
  public AllocationTally add(Allocation allocation) {
    String area = allocation.unitId().isEmpty() ? UNKNOWN_AREA
        : areaOfUnit.apply(allocation.unitId()).orElse(UNKNOWN_AREA);
    String label = period.label(allocation.date());
    counts.computeIfAbsent(label + "\t" + area,
        key -> new Counts(label, area, allocation)).add(allocation);
    return this;
  }

  /** The facts so far, by period, then area. */
  public List<AllocationFacts> facts() {
    List<AllocationFacts> facts = new ArrayList<>();
    counts.values().forEach(count -> facts.add(count.facts()));
    return facts;
  }

  /** The counts of one period and area. */
  private final class Counts {
    private final String label;
    private final String area;
    private final LocalDate end;
    private long total;
    private long older;
    private final Map<String, Long> targetGroups = new TreeMap<>();
    private final Map<String, Long> priorities = new TreeMap<>();
    private final Map<String, Long> suitability = new TreeMap<>();

    Counts(String label, String area, Allocation first) {
      this.label = label;
      this.area = area;
      this.end = period.end(first.date());
    }

    void add(Allocation allocation) {
      total++;
      targetGroups.merge(allocation.targetGroupCode().orElse(""), 1L, Long::sum);
      suitability.merge(Objects.requireNonNullElse(allocation.suitability(), ""), 1L, Long::sum);
      // A kind counts once per allocation, however many of its regelingen there are.
      Set<String> kinds = new HashSet<>(allocation.priorities());
      kinds.forEach(kind -> priorities.merge(kind, 1L, Long::sum));
      if (Boolean.TRUE.equals(allocation.olderHousehold())) {
        older++;
      }
    }

    AllocationFacts facts() {
      return new AllocationFacts(label, end, area, total,
          new TreeMap<>(targetGroups), new TreeMap<>(priorities), new TreeMap<>(suitability),
          older);
    }
  }
}
