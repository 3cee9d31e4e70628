package nl.woonzorg.cbs.kwb;

import java.util.Map;
import nl.woonzorg.analysis.population.AreaPopulation;
import nl.woonzorg.analysis.population.PopulationMeasure;

/**
 * Takes the rows a format's reader assembles, each with the place it starts and the place of each
 * of its counts, for problems found after the row is read; {@code cells} is valid only during the
 * call.
 */
@FunctionalInterface
interface RowSink {

  void accept(AreaPopulation row, Where where, Map<PopulationMeasure, Where> cells);
}
