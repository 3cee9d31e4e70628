/**
 * Reports for people: a vision with its validation report, and the BORGING monitor per goal and
 * per region, as self-contained HTML pages that work offline, on a phone and on paper.
 */
// Immutables' annotations jar, required below to read the model, is an automatic module.
@SuppressWarnings("requires-automatic")
module nl.woonzorg.report {
  requires transitive nl.woonzorg.analysis;
  requires static transitive org.jspecify;
  requires static transitive org.apiguardian.api;
  // Compile-time only, as in analysis: javac and javadoc read the model's class files, which
  // carry Jackson and Immutables annotations with enum constants.
  requires static com.fasterxml.jackson.annotation;
  requires static org.immutables.value.annotations;

  exports nl.woonzorg.report;
}
