/**
 * Population inputs (<i>bevolkingsgegevens</i>) of the woonzorganalyse: inhabitants by age band
 * and households per area, as CBS publishes them in its <i>Kerncijfers wijken en buurten</i>
 * ({@link nl.woonzorg.analysis.population.PopulationTable}), and population forecasts as low,
 * central and high scenarios ({@link nl.woonzorg.analysis.population.PopulationForecast}). Every
 * figure carries its source ({@link nl.woonzorg.analysis.population.PopulationSource}); a figure CBS
 * suppressed stays suppressed ({@link nl.woonzorg.analysis.population.Count#suppressed()}), never 0.
 *
 * <p>Counts are exact {@code long}s; values are immutable and thread-safe.
 */
@NullMarked
package nl.woonzorg.analysis.population;

import org.jspecify.annotations.NullMarked;
