package nl.woonzorg.cbs.kwb;

import nl.woonzorg.analysis.population.AreaPopulation;

/** Takes the rows a format's reader assembles, each with the place it starts, for problems. */
@FunctionalInterface
interface RowSink {

  void accept(AreaPopulation row, Where where);
}
