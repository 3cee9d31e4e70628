package nl.woonzorg.analysis.regional;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import nl.woonzorg.analysis.monitor.Disagreement;
import nl.woonzorg.analysis.monitor.SourceReconciliation;
import nl.woonzorg.analysis.normalisation.Normalisation;
import nl.woonzorg.analysis.number.Fraction;
import nl.woonzorg.analysis.pace.Direction;
import nl.woonzorg.analysis.population.PopulationMeasure;
import nl.woonzorg.analysis.region.AreaHierarchy;
import nl.woonzorg.analysis.region.Region;
import nl.woonzorg.model.HousingCareVision;
import nl.woonzorg.model.monitoring.Measurement;
import nl.woonzorg.model.monitoring.Monitoring;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Several gemeenten's visions side by side (<i>regionale monitor</i>): for each indicator that
 * any of them measures, each area's latest figure as of a date, {@linkplain RegionalComparison
 * compared} across the region. Measurements are first {@linkplain SourceReconciliation
 * reconciled} across all documents: a measurement is of the area it names, or else of the
 * vision's area, by its CBS code if it has one, so that two documents of one gemeente meet. Where
 * sources disagree on one indicator, area and date, that date is left out for the area and the
 * disagreement is listed. Given a {@link Region} — a COROP region or province, or a zorgkantoor
 * region, woondeal region or other set read from a file — only the visions of its gemeenten are
 * compared.
 *
 * <p>An indicator is ranked lowest first when less is better: when every goal it follows in the
 * visions compared (as the goal's own indicator, with a target) {@linkplain Direction#DOWN counts
 * down} from its baseline. Otherwise — some goals count up, or none gives a direction — it is
 * ranked highest first.
 *
 * <p>Immutable and thread-safe; its builder is not.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class RegionalMonitor {

  private final @Nullable Region region;
  private final LocalDate asOf;
  private final List<RegionalComparison> comparisons;
  private final List<Disagreement> disagreements;
  private final Map<String, String> areaNames;

  private RegionalMonitor(@Nullable Region region, LocalDate asOf,
      List<RegionalComparison> comparisons, List<Disagreement> disagreements,
      Map<String, String> areaNames) {
    this.region = region;
    this.asOf = asOf;
    this.comparisons = List.copyOf(comparisons);
    this.disagreements = List.copyOf(disagreements);
    this.areaNames = Map.copyOf(areaNames);
  }

  /** A builder for the monitor of a region. */
  public static Builder builder() {
    return new Builder();
  }

  /** The area a vision's measurements are of when they name none: its CBS code, else its id. */
  public static String areaOf(HousingCareVision vision) {
    return vision.getArea().getCode().orElse(vision.getArea().getId());
  }

  /**
   * The name of the area {@code code} (<i>gebiedsnaam</i>): a gemeente, COROP region or province
   * by the bundled CBS list ({@link AreaHierarchy#netherlands()}), else the name of the area of a
   * vision compared whose {@linkplain #areaOf area} it is; empty if neither knows it.
   *
   * @since 0.2.0
   */
  public Optional<String> name(String code) {
    AreaHierarchy hierarchy = AreaHierarchy.netherlands();
    if (hierarchy.isKnown(code)) {
      Optional<String> name = hierarchy.name(code);
      if (name.isPresent()) {
        return name;
      }
    }
    return Optional.ofNullable(areaNames.get(code));
  }

  /** The region compared; empty if the visions given were compared as they are. */
  public Optional<Region> region() {
    return Optional.ofNullable(region);
  }

  /** The date compared as of. */
  public LocalDate asOf() {
    return asOf;
  }

  /** One comparison per indicator measured, by indicator id. */
  public List<RegionalComparison> comparisons() {
    return comparisons;
  }

  /** Each indicator, area and date whose sources disagree. */
  public List<Disagreement> disagreements() {
    return disagreements;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof RegionalMonitor
        && Objects.equals(region, ((RegionalMonitor) other).region)
        && asOf.equals(((RegionalMonitor) other).asOf)
        && comparisons.equals(((RegionalMonitor) other).comparisons)
        && disagreements.equals(((RegionalMonitor) other).disagreements)
        && areaNames.equals(((RegionalMonitor) other).areaNames);
  }

  @Override
  public int hashCode() {
    return Objects.hash(region, asOf, comparisons, disagreements);
  }

  /** The comparisons and disagreements, for debugging; the form may change. */
  @Override
  public String toString() {
    return "regional monitor as of " + asOf + ": " + comparisons + ", disagreements "
        + disagreements;
  }

  /** Builds a {@link RegionalMonitor}; not thread-safe. */
  public static final class Builder {
    private final List<HousingCareVision> visions = new ArrayList<>();
    private final Map<String, Map<PopulationMeasure, Long>> population = new HashMap<>();
    private final Map<String, Long> dwellings = new HashMap<>();
    private final Map<String, Fraction> targets = new HashMap<>();
    private final Map<String, Fraction> national = new HashMap<>();
    private Normalisation normalisation = Normalisation.ABSOLUTE;
    private @Nullable Region region;
    private @Nullable LocalDate asOf;

    private Builder() {}

    /** Adds the visions to compare. */
    public Builder addVisions(List<HousingCareVision> more) {
      more.forEach(vision -> visions.add(Objects.requireNonNull(vision, "vision")));
      return this;
    }

    /**
     * Sets the region: only the visions whose area ({@link RegionalMonitor#areaOf}) is one of its
     * gemeenten are compared. Without it, all visions added are.
     */
    public Builder region(Region within) {
      this.region = Objects.requireNonNull(within, "within");
      return this;
    }

    /** Sets the date compared as of; later measurements do not count. Required. */
    public Builder asOf(LocalDate date) {
      this.asOf = Objects.requireNonNull(date, "date");
      return this;
    }

    /** Sets how figures are normalised; absolute unless set. */
    public Builder normalisation(Normalisation how) {
      this.normalisation = Objects.requireNonNull(how, "how");
      return this;
    }

    /**
     * Gives the count of {@code measure} in {@code area}, e.g. its people aged 65 and over; the
     * Netherlands' as {@value AreaHierarchy#NETHERLANDS}, for the national index.
     */
    public Builder population(String area, PopulationMeasure measure, long count) {
      population.computeIfAbsent(Objects.requireNonNull(area, "area"),
          key -> new EnumMap<>(PopulationMeasure.class))
          .put(Objects.requireNonNull(measure, "measure"), count);
      return this;
    }

    /** Gives the number of inhabitants of {@code area}. */
    public Builder inhabitants(String area, long count) {
      return population(area, PopulationMeasure.INWONERS, count);
    }

    /**
     * Gives the number of dwellings of {@code area}; the Netherlands' as {@value
     * AreaHierarchy#NETHERLANDS}, for the national index.
     */
    public Builder dwellings(String area, long count) {
      dwellings.put(Objects.requireNonNull(area, "area"), count);
      return this;
    }

    /** Gives the regional target of {@code indicatorId}, for the regional total. */
    public Builder target(String indicatorId, Fraction target) {
      targets.put(Objects.requireNonNull(indicatorId, "indicatorId"),
          Objects.requireNonNull(target, "target"));
      return this;
    }

    /**
     * Gives the Netherlands' figure of {@code indicatorId}, against which each area is indexed;
     * its denominators are those given for {@value AreaHierarchy#NETHERLANDS}.
     */
    public Builder national(String indicatorId, Fraction value) {
      national.put(Objects.requireNonNull(indicatorId, "indicatorId"),
          Objects.requireNonNull(value, "value"));
      return this;
    }

    /**
     * The monitor.
     *
     * @throws IllegalStateException if no as-of date was set
     * @throws IllegalArgumentException if a count is negative
     */
    public RegionalMonitor build() {
      if (asOf == null) {
        throw new IllegalStateException("a regional monitor needs an as-of date");
      }
      LocalDate date = asOf;
      List<Measurement> placed = new ArrayList<>();
      Map<String, String> names = new HashMap<>();
      Map<String, Set<Direction>> directions = new HashMap<>();
      for (HousingCareVision vision : visions) {
        if (region != null && !region.contains(areaOf(vision))) {
          continue;
        }
        names.putIfAbsent(areaOf(vision), vision.getArea().getName());
        vision.getGoals().forEach(goal -> goal.getIndicatorId().ifPresent(indicator -> goal
            .getTarget().ifPresent(target -> directions.computeIfAbsent(indicator,
                key -> EnumSet.noneOf(Direction.class)).add(Direction.of(goal.getBaseline()
                    .map(baseline -> Fraction.from(baseline.getValue())).orElse(Fraction.ZERO),
                Fraction.from(target.getValue()))))));
        Monitoring monitoring = vision.getMonitoring().orElseGet(() -> Monitoring.builder().build());
        for (Measurement m : monitoring.getMeasurements()) {
          if (!m.getReferenceDate().isAfter(date)) {
            String area = m.getAreaId()
                .filter(id -> !id.equals(vision.getArea().getId()))
                .orElse(areaOf(vision));
            placed.add(Measurement.builder().from(m).areaId(area).build());
          }
        }
      }
      SourceReconciliation reconciled = SourceReconciliation.of(placed);
      // The latest agreed measurement per indicator and area: agreed() is sorted by date.
      Map<String, Map<String, Measurement>> latest = new TreeMap<>();
      for (Measurement m : reconciled.agreed()) {
        latest.computeIfAbsent(m.getIndicatorId(), id -> new LinkedHashMap<>())
            .merge(m.getAreaId().orElseThrow(), m, (a, b) ->
                a.getReferenceDate().isAfter(b.getReferenceDate()) ? a : b);
      }
      List<RegionalComparison> comparisons = new ArrayList<>();
      latest.forEach((indicatorId, byArea) -> {
        List<AreaFigure> figures = new ArrayList<>();
        new TreeSet<>(byArea.keySet()).forEach(area -> figures.add(figure(area,
            Fraction.from(byArea.get(area).getValue()), List.of(byArea.get(area)))));
        figures.sort(Comparator.comparing(AreaFigure::area));
        Fraction country = national.get(indicatorId);
        Direction better = directions.getOrDefault(indicatorId, Set.of())
            .equals(Set.of(Direction.DOWN)) ? Direction.DOWN : Direction.UP;
        comparisons.add(RegionalComparison.of(indicatorId, better, figures, normalisation,
            targets.get(indicatorId), country == null ? null
                : figure(AreaHierarchy.NETHERLANDS, country, List.of())));
      });
      return new RegionalMonitor(region, date, comparisons, reconciled.disagreements(), names);
    }

    /** The figure {@code value} of {@code area} with the denominators given for it. */
    private AreaFigure figure(String area, Fraction value, List<Measurement> measurements) {
      AreaFigure figure = AreaFigure.of(area, value, measurements)
          .withDwellings(dwellings.get(area));
      for (Map.Entry<PopulationMeasure, Long> count
          : population.getOrDefault(area, Map.of()).entrySet()) {
        figure = figure.withPopulation(count.getKey(), count.getValue());
      }
      return figure;
    }
  }
}
