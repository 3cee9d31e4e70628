package nl.woonzorg.analysis.normalisation;

import java.text.NumberFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import nl.woonzorg.analysis.number.Fraction;
import nl.woonzorg.analysis.population.PopulationMeasure;
import nl.woonzorg.model.code.Language;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A normalisation (<i>normering</i>): a figure per so many inhabitants, people of an age group,
 * households or dwellings of the area, so that areas of different size can be compared — per 1,000
 * inhabitants, per 1,000 of the 65-plussers, per 1,000 households, per 100,000 dwellings (as ABN
 * AMRO compared provinces by new homes for older people per 100,000 existing homes, Flevoland
 * about 200; shared/ANALYSIS.md §6) — or {@linkplain #ABSOLUTE the figure as it is}.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class Normalisation {

  /** The figure as measured (<i>absoluut</i>). */
  public static final Normalisation ABSOLUTE = new Normalisation(Base.NONE, null, 1);
  /** Per 1,000 inhabitants (<i>per 1.000 inwoners</i>). */
  public static final Normalisation PER_1000_INHABITANTS = of(PopulationMeasure.INWONERS, 1000);
  /** Per 1,000 households (<i>per 1.000 huishoudens</i>). */
  public static final Normalisation PER_1000_HOUSEHOLDS = of(PopulationMeasure.HUISHOUDENS, 1000);
  /** Per 100,000 dwellings of the stock (<i>per 100.000 woningen</i>). */
  public static final Normalisation PER_100000_DWELLINGS = perDwellings(100_000);

  private enum Base { NONE, POPULATION, DWELLINGS }

  private final Base base;
  private final @Nullable PopulationMeasure measure;
  private final long per;

  private Normalisation(Base base, @Nullable PopulationMeasure measure, long per) {
    if (per <= 0) {
      throw new IllegalArgumentException("a normalisation is per a positive number, not " + per);
    }
    this.base = base;
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
    return new Normalisation(Base.POPULATION, Objects.requireNonNull(measure, "measure"), per);
  }

  /**
   * Per {@code per} dwellings of the stock.
   *
   * @throws IllegalArgumentException if {@code per} is not positive
   */
  public static Normalisation perDwellings(long per) {
    return new Normalisation(Base.DWELLINGS, null, per);
  }

  /** Whether this is {@link #ABSOLUTE}: the figure as it is, with nothing to divide by. */
  public boolean isAbsolute() {
    return base == Base.NONE;
  }

  /** How many of the denominator a normalised figure is per: e.g. 1,000; 1 if absolute. */
  public long per() {
    return per;
  }

  /** The population measure divided by; empty if absolute or per dwellings. */
  public Optional<PopulationMeasure> measure() {
    return Optional.ofNullable(measure);
  }

  /**
   * What {@code area}'s figures are divided by: its count of the measure or its dwellings, or one
   * if absolute; empty if that count is not known.
   */
  public Optional<Fraction> denominator(Denominators area) {
    switch (base) {
      case POPULATION:
        return area.population(Objects.requireNonNull(measure));
      case DWELLINGS:
        return area.dwellings();
      default:
        return Optional.of(Fraction.ONE);
    }
  }

  /**
   * {@code value} of {@code area} normalised: value × per / the area's denominator; {@code value}
   * itself if absolute; empty if the denominator is not known or is zero.
   */
  public Optional<Fraction> apply(Fraction value, Denominators area) {
    Objects.requireNonNull(value, "value");
    return denominator(area).filter(count -> count.signum() > 0)
        .map(count -> value.multiply(Fraction.of(per)).divide(count));
  }

  /**
   * The normalisation in words in {@code locale}'s language, e.g. {@code "per 1.000 inwoners van
   * 65 jaar of ouder"} or {@code "per 100,000 dwellings"}.
   */
  public String getLabel(Locale locale) {
    Language language = Language.of(locale);
    if (base == Base.NONE) {
      return language.pick("absoluut", "absolute");
    }
    String count = NumberFormat.getIntegerInstance(language.locale()).format(per);
    String of = measure == null ? language.pick("woningen", "dwellings")
        : measure == PopulationMeasure.INWONERS ? language.pick("inwoners", "inhabitants")
        : measure == PopulationMeasure.HUISHOUDENS ? language.pick("huishoudens", "households")
        : measure.getLabel(locale);
    return "per " + count + " " + of;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Normalisation that && that.base == base && that.measure == measure
        && that.per == per;
  }

  @Override
  public int hashCode() {
    return Objects.hash(base, measure, per);
  }

  /** E.g. {@code "per 1000 INWONERS"}, {@code "per 100000 dwellings"} or {@code "absolute"}. */
  @Override
  public String toString() {
    return base == Base.NONE ? "absolute"
        : "per " + per + " " + (measure == null ? "dwellings" : measure.name());
  }
}
