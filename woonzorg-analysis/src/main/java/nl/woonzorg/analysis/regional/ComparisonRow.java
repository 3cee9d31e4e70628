package nl.woonzorg.analysis.regional;

import java.util.Objects;
import java.util.Optional;
import nl.woonzorg.analysis.number.Fraction;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * One area's line in a {@link RegionalComparison} (<i>vergelijkingsregel</i>): its figure,
 * normalised, its rank in the region and its index against the region (region = 100) and, when
 * the national figure is given, against the Netherlands (NL = 100).
 *
 * <p>Immutable and thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class ComparisonRow {

  private final AreaFigure figure;
  private final @Nullable Fraction normalised;
  private final int rank;
  private final @Nullable Fraction index;
  private final @Nullable Fraction nationalIndex;

  ComparisonRow(AreaFigure figure, @Nullable Fraction normalised, int rank,
      @Nullable Fraction index, @Nullable Fraction nationalIndex) {
    this.figure = figure;
    this.normalised = normalised;
    this.rank = rank;
    this.index = index;
    this.nationalIndex = nationalIndex;
  }

  /** The area's figure. */
  public AreaFigure figure() {
    return figure;
  }

  /** The figure normalised; empty if its denominator is not known. */
  public Optional<Fraction> normalised() {
    return Optional.ofNullable(normalised);
  }

  /**
   * The rank, 1 for the best normalised figure — the highest, or the lowest where {@linkplain
   * RegionalComparison#direction() less is better}; areas with equal figures share a rank, and
   * the next rank skips as many (1, 1, 3); 0 if the figure could not be normalised.
   */
  public int rank() {
    return rank;
  }

  /**
   * The normalised figure as a share of the region's, times 100; empty if either is unknown or
   * the region's is zero.
   */
  public Optional<Fraction> index() {
    return Optional.ofNullable(index);
  }

  /**
   * The normalised figure as a share of the Netherlands', times 100; empty if either is unknown,
   * the national one is zero, or none was given.
   */
  public Optional<Fraction> nationalIndex() {
    return Optional.ofNullable(nationalIndex);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof ComparisonRow
        && figure.equals(((ComparisonRow) other).figure)
        && Objects.equals(normalised, ((ComparisonRow) other).normalised)
        && rank == ((ComparisonRow) other).rank
        && Objects.equals(index, ((ComparisonRow) other).index)
        && Objects.equals(nationalIndex, ((ComparisonRow) other).nationalIndex);
  }

  @Override
  public int hashCode() {
    return Objects.hash(figure, normalised, rank, index, nationalIndex);
  }

  /** The area, rank and index, for debugging; the form may change. */
  @Override
  public String toString() {
    return "#" + rank + " " + figure + " → " + normalised + " (index " + index + ")";
  }
}
