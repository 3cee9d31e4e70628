/**
 * Figures computed from the model: the supply of dwellings per programme category and area, each
 * goal's series of measurements, population inputs with their source, the CBS area hierarchy,
 * fair-share distributions and paces in exact fractions, and the BORGING monitor per goal and per
 * region, for analyses and reports to build on.
 */
// Immutables' annotations jar, required below to read the model, is an automatic module.
@SuppressWarnings("requires-automatic")
module nl.woonzorg.analysis {
  requires transitive nl.woonzorg.model;
  requires static transitive org.jspecify;
  requires static transitive org.apiguardian.api;
  // Compile-time only, as in the pom: javac and javadoc read the model's class files, which carry
  // Jackson and Immutables annotations with enum constants; these put the two modules in the
  // graph, where the model, which requires them static, reads them.
  requires static com.fasterxml.jackson.annotation;
  requires static org.immutables.value.annotations;

  exports nl.woonzorg.analysis.distribution;
  exports nl.woonzorg.analysis.gap;
  exports nl.woonzorg.analysis.monitor;
  exports nl.woonzorg.analysis.norm;
  exports nl.woonzorg.analysis.normalisation;
  exports nl.woonzorg.analysis.number;
  exports nl.woonzorg.analysis.pace;
  exports nl.woonzorg.analysis.population;
  exports nl.woonzorg.analysis.progress;
  exports nl.woonzorg.analysis.region;
  exports nl.woonzorg.analysis.regional;
  exports nl.woonzorg.analysis.supply;
}
