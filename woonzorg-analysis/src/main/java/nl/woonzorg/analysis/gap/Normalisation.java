package nl.woonzorg.analysis.gap;

import java.util.Objects;
import java.util.Optional;
import nl.woonzorg.analysis.number.Fraction;
import nl.woonzorg.analysis.population.PopulationMeasure;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A normalisation (<i>normering</i>): an amount per so many inhabitants, people of an age group,
 * households or dwellings of the area, so that areas of different size can be compared — per 1,000
 * inhabitants, per 1,000 of the 65-plussers, per 1,000 households, per 100,000 dwellings (as ABN
 * AMRO compared provinces, shared/ANALYSIS.md §6).
 *
 * <p>Immutable and thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class Normalisation {

  /** Per 1,000 inhabitants (<i>per 1.000 inwoners</i>). */
  public static final Normalisation PER_1000_INHABITANTS = of(PopulationMeasure.INWONERS, 1000);
  /** Per 1,000 households (<i>per 1.000 huishoudens</i>). */
  public static final Normalisation PER_1000_HOUSEHOLDS = of(PopulationMeasure.HUISHOUDENS, 1000);
  /** Per 100,000 dwellings of the stock (<i>per 100.000 woningen</i>). */
  public static final Normalisation PER_100000_DWELLINGS = new Normalisation(null, 100_000);

  private final @Nullable PopulationMeasure measure;
  private final long per;

  private Normalisation(@Nullable PopulationMeasure measure, long per) {
    if (per <= 0) {
      throw new IllegalArgumentException("a normalisation is per a positive number, not " + per);
    }
    this.measure = measure;
    this.per = per;
  }

  /**
   * Per {@code per} of {@code measure}, e.g. {@code of(LEEFTIJD_65_PLUS, 1000)} for per 1,000
   * people aged 65 and over.
   *
   * @throws IllegalArgumentException if {@code per} is not positive
   */
  public static Normalisation of(PopulationMeasure measure, long per) {
    return new Normalisation(Objects.requireNonNull(measure, "measure"), per);
  }

  /**
   * Per {@code per} dwellings of the stock.
   *
   * @throws IllegalArgumentException if {@code per} is not positive
   */
  public static Normalisation perDwellings(long per) {
    return new Normalisation(null, per);
  }

  /**
   * {@code amount} of {@code row}'s area normalised: amount × per / the area's count; empty if
   * the amount or the count is not complete, or the count is zero.
   */
  public Optional<Fraction> apply(GapRow row, Amount amount) {
    Amount base = measure == null ? row.homes() : row.population(measure);
    Optional<Fraction> count = base.exactValue().filter(value -> value.signum() > 0);
    return amount.exactValue().flatMap(value -> count.map(
        divisor -> value.multiply(Fraction.of(per)).divide(divisor)));
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Normalisation && ((Normalisation) other).measure == measure
        && ((Normalisation) other).per == per;
  }

  @Override
  public int hashCode() {
    return Objects.hash(measure, per);
  }

  /** E.g. {@code "per 1000 INWONERS"} or {@code "per 100000 dwellings"}. */
  @Override
  public String toString() {
    return "per " + per + " " + (measure == null ? "dwellings" : measure.name());
  }
}
