package nl.woonzorg.analysis.regional;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.woonzorg.analysis.number.Fraction;
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
 * every area's denominator is.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class RegionalComparison {

  private static final Fraction HUNDRED = Fraction.of(100);

  private final String indicatorId;
  private final Normalisation normalisation;
  private final List<ComparisonRow> rows;
  private final @Nullable Fraction target;

  private RegionalComparison(String indicatorId, Normalisation normalisation,
      List<ComparisonRow> rows, @Nullable Fraction target) {
    this.indicatorId = indicatorId;
    this.normalisation = normalisation;
    this.rows = List.copyOf(rows);
    this.target = target;
  }

  /**
   * Compares {@code figures} of {@code indicatorId}, normalised by {@code normalisation}, against
   * the regional {@code target} (null: none).
   *
   * @throws IllegalArgumentException if two figures are of one area
   */
  public static RegionalComparison of(String indicatorId, List<AreaFigure> figures,
      Normalisation normalisation, @Nullable Fraction target) {
    Objects.requireNonNull(indicatorId, "indicatorId");
    Objects.requireNonNull(normalisation, "normalisation");
    if (figures.stream().map(AreaFigure::area).distinct().count() != figures.size()) {
      throw new IllegalArgumentException("an area may have one figure only: " + figures);
    }
    Optional<Fraction> regional = regional(figures, normalisation);
    List<AreaFigure> sorted = new ArrayList<>(figures);
    sorted.sort(Comparator.comparing((AreaFigure f) -> normalisation.apply(f.value(), f)
            .orElse(null), Comparator.nullsLast(Comparator.reverseOrder()))
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
      Fraction index = normalised == null ? null : regional.filter(r -> r.signum() != 0)
          .map(r -> normalised.divide(r).multiply(HUNDRED)).orElse(null);
      rows.add(new ComparisonRow(figure, normalised, normalised == null ? 0 : rank, index));
    }
    return new RegionalComparison(indicatorId, normalisation, rows, target);
  }

  private static Optional<Fraction> regional(List<AreaFigure> figures,
      Normalisation normalisation) {
    Fraction denominator = Fraction.ZERO;
    Fraction total = Fraction.ZERO;
    for (AreaFigure figure : figures) {
      Optional<Long> d = normalisation.denominator(figure);
      if (d.isEmpty()) {
        return Optional.empty();
      }
      denominator = denominator.add(Fraction.of(d.get()));
      total = total.add(figure.value());
    }
    if (figures.isEmpty() || denominator.signum() == 0) {
      return Optional.empty();
    }
    return normalisation == Normalisation.ABSOLUTE
        ? Optional.of(total.divide(Fraction.of(figures.size())))
        : Optional.of(total.multiply(Fraction.of(normalisation.per())).divide(denominator));
  }

  /** The indicator compared. */
  public String indicatorId() {
    return indicatorId;
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
        && normalisation == ((RegionalComparison) other).normalisation
        && rows.equals(((RegionalComparison) other).rows)
        && Objects.equals(target, ((RegionalComparison) other).target);
  }

  @Override
  public int hashCode() {
    return Objects.hash(indicatorId, normalisation, rows, target);
  }

  /** The indicator and rows, for debugging; the form may change. */
  @Override
  public String toString() {
    return indicatorId + " " + normalisation + ": " + rows;
  }
}
