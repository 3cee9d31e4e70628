package nl.woonzorg.examples.cli;

import java.util.Locale;
import nl.woonzorg.analysis.normalisation.Normalisation;
import nl.woonzorg.analysis.population.PopulationMeasure;

/**
 * What figures are normalised by ({@code --per}), for {@code analyse} and {@code monitor} alike:
 * the values the user types over the library's {@link Normalisation}.
 */
enum Per {
  INWONERS(Normalisation.PER_1000_INHABITANTS),
  OUDEREN(Normalisation.of(PopulationMeasure.LEEFTIJD_65_PLUS, 1000)),
  HUISHOUDENS(Normalisation.PER_1000_HOUSEHOLDS),
  // Per 100,000, as ABN AMRO compared provinces by homes (shared/ANALYSIS.md §6).
  WONINGEN(Normalisation.PER_100000_DWELLINGS),
  ABSOLUUT(Normalisation.ABSOLUTE);

  private final Normalisation normalisation;

  Per(Normalisation normalisation) {
    this.normalisation = normalisation;
  }

  Normalisation normalisation() {
    return normalisation;
  }

  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }
}
