package nl.woonzorg.analysis.regional;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.woonzorg.analysis.normalisation.Normalisation;
import nl.woonzorg.analysis.number.Fraction;
import nl.woonzorg.analysis.pace.Direction;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * One indicator compared across the areas of a region (<i>regionale vergelijking</i>): each
 * area's figure normalised, ranked and indexed against the region as a whole, and the regional
 * total against a regional target — a woondeal region's share of the national 290,000 homes for
 * older people, say.
 *
 * <p>The region's normalised figure is its total over its total denominator, not the mean of the
 * areas' figures, so that a large gemeente weighs as much as its size. It is known only when
 * every area's denominator is. Given the national figure of the indicator, each area is also
 * indexed against the Netherlands (NL = 100).
 *
 * <p>Areas are ranked best first, in the indicator's {@linkplain Direction direction}: highest
 * first for one where more is better (homes built), lowest first for one where less is better
 * ({@link Direction#DOWN}: households waiting).
 *
 * <p>Immutable and thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class RegionalComparison {

  private static final Fraction HUNDRED = Fraction.of(100);

  private final String indicatorId;
  private final Direction direction;
  private final Normalisation normalisation;
  private final List<ComparisonRow> rows;
  private final @Nullable Fraction target;
  private final @Nullable AreaFigure national;

  private RegionalComparison(String indicatorId, Direction direction,
      Normalisation normalisation, List<ComparisonRow> rows, @Nullable Fraction target,
      @Nullable AreaFigure national) {
    this.indicatorId = indicatorId;
    this.direction = direction;
    this.normalisation = normalisation;
    this.rows = List.copyOf(rows);
    this.target = target;
    this.national = national;
  }

  /**
   * Compares {@code figures} of {@code indicatorId}, normalised by {@code normalisation}, against
   * the regional {@code target} (null: none).
   *
   * @throws IllegalArgumentException if two figures are of one area
   */
  public static RegionalComparison of(String indicatorId, List<AreaFigure> figures,
      Normalisation normalisation, @Nullable Fraction target) {
    return of(indicatorId, figures, normalisation, target, null);
  }

  /**
   * Compares {@code figures} of {@code indicatorId}, normalised by {@code normalisation}, against
   * the regional {@code target} (null: none) and the Netherlands' figure {@code national} (null:
   * none), normalised the same way.
   *
   * @throws IllegalArgumentException if two figures are of one area
   */
  public static RegionalComparison of(String indicatorId, List<AreaFigure> figures,
      Normalisation normalisation, @Nullable Fraction target, @Nullable AreaFigure national) {
    return of(indicatorId, Direction.UP, figures, normalisation, target, national);
  }

  /**
   * Compares {@code figures} of {@code indicatorId}, whose better {@code direction} is up (more is
   * better: ranked highest first) or down (less is better: ranked lowest first), normalised by
   * {@code normalisation}, against the regional {@code target} (null: none) and the Netherlands'
   * figure {@code national} (null: none), normalised the same way.
   *
   * @throws IllegalArgumentException if two figures are of one area
   * @since 0.2.0
   */
  public static RegionalComparison of(String indicatorId, Direction direction,
      List<AreaFigure> figures, Normalisation normalisation, @Nullable Fraction target,
      @Nullable AreaFigure national) {
    Objects.requireNonNull(indicatorId, "indicatorId");
    Objects.requireNonNull(direction, "direction");
    Objects.requireNonNull(normalisation, "normalisation");
    if (figures.stream().map(AreaFigure::area).distinct().count() != figures.size()) {
      throw new IllegalArgumentException("an area may have one figure only: " + figures);
    }
    Optional<Fraction> regional = regional(figures, normalisation);
    Optional<Fraction> country = national == null ? Optional.empty()
        : normalisation.apply(national.value(), national);
    List<AreaFigure> sorted = new ArrayList<>(figures);
    Comparator<Fraction> best = direction == Direction.DOWN
        ? Comparator.naturalOrder() : Comparator.reverseOrder();
    sorted.sort(Comparator.comparing((AreaFigure f) -> normalisation.apply(f.value(), f)
            .orElse(null), Comparator.nullsLast(best))
        .thenComparing(AreaFigure::area));
    List<ComparisonRow> rows = new ArrayList<>();
    Fraction previous = null;
    int rank = 0;
    for (int i = 0; i < sorted.size(); i++) {
      AreaFigure figure = sorted.get(i);
      Fraction normalised = normalisation.apply(figure.value(), figure).orElse(null);
      if (normalised != null && !normalised.equals(previous)) {
        rank = i + 1;
      }
      previous = normalised;
      rows.add(new ComparisonRow(figure, normalised, normalised == null ? 0 : rank,
          index(normalised, regional), index(normalised, country)));
    }
    return new RegionalComparison(indicatorId, direction, normalisation, rows, target, national);
  }

  /** {@code value} as a share of {@code reference}, times 100; null if either is unknown or 0. */
  private static @Nullable Fraction index(@Nullable Fraction value,
      Optional<Fraction> reference) {
    return value == null ? null : reference.filter(r -> r.signum() != 0)
        .map(r -> value.divide(r).multiply(HUNDRED)).orElse(null);
  }

  private static Optional<Fraction> regional(List<AreaFigure> figures,
      Normalisation normalisation) {
    Fraction denominator = Fraction.ZERO;
    Fraction total = Fraction.ZERO;
    for (AreaFigure figure : figures) {
      Optional<Fraction> d = normalisation.denominator(figure);
      if (d.isEmpty()) {
        return Optional.empty();
      }
      denominator = denominator.add(d.get());
      total = total.add(figure.value());
    }
    if (figures.isEmpty() || denominator.signum() == 0) {
      return Optional.empty();
    }
    return normalisation.isAbsolute()
        ? Optional.of(total.divide(Fraction.of(figures.size())))
        : Optional.of(total.multiply(Fraction.of(normalisation.per())).divide(denominator));
  }

  /** The indicator compared. */
  public String indicatorId() {
    return indicatorId;
  }

  /**
   * The indicator's better direction: {@link Direction#UP} ranks the highest figure first, {@link
   * Direction#DOWN} the lowest.
   *
   * @since 0.2.0
   */
  public Direction direction() {
    return direction;
  }

  /** How the figures are normalised. */
  public Normalisation normalisation() {
    return normalisation;
  }

  /** Each area's row, by rank, areas that could not be normalised last, then by area. */
  public List<ComparisonRow> rows() {
    return rows;
  }

  /** The sum of the areas' figures. */
  public Fraction total() {
    return rows.stream().map(row -> row.figure().value()).reduce(Fraction.ZERO, Fraction::add);
  }

  /**
   * The region's normalised figure, what an index of 100 stands for: the total over the total
   * denominator; absolute figures are indexed against the mean of the areas. Empty if a
   * denominator is missing or they add up to zero.
   */
  public Optional<Fraction> regional() {
    return regional(rows.stream().map(ComparisonRow::figure).toList(), normalisation);
  }

  /**
   * The Netherlands' figure, normalised as the areas' are, what a national index of 100 stands
   * for; empty if no national figure was given or its denominator is not known or zero.
   */
  public Optional<Fraction> national() {
    return national == null ? Optional.empty()
        : normalisation.apply(national.value(), national).filter(n -> n.signum() != 0);
  }

  /** The regional target; empty if none was given. */
  public Optional<Fraction> target() {
    return Optional.ofNullable(target);
  }

  /** The total as a share of the target; empty without a target above zero. */
  public Optional<Fraction> targetShare() {
    return target().filter(t -> t.signum() > 0).map(t -> total().divide(t));
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof RegionalComparison
        && indicatorId.equals(((RegionalComparison) other).indicatorId)
        && direction == ((RegionalComparison) other).direction
        && normalisation.equals(((RegionalComparison) other).normalisation)
        && rows.equals(((RegionalComparison) other).rows)
        && Objects.equals(target, ((RegionalComparison) other).target)
        && Objects.equals(national, ((RegionalComparison) other).national);
  }

  @Override
  public int hashCode() {
    return Objects.hash(indicatorId, direction, normalisation, rows, target, national);
  }

  /** The indicator and rows, for debugging; the form may change. */
  @Override
  public String toString() {
    return indicatorId + " " + normalisation + ": " + rows;
  }
}
