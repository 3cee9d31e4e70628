/**
 * CBS open data read into woonzorg's population inputs: the <i>Kerncijfers wijken en buurten</i>
 * as a StatLine CSV export, as OData v3 {@code TypedDataSet} JSON and as OData v4 {@code
 * Observations} JSON, each problem located in its file.
 */
// Immutables' annotations jar, required below to read the model, is an automatic module.
@SuppressWarnings("requires-automatic")
module nl.woonzorg.cbs {
  requires transitive nl.woonzorg.analysis;
  requires tools.jackson.core;
  requires static transitive org.jspecify;
  requires static transitive org.apiguardian.api;
  // Compile-time only, as in the pom: javac and javadoc read the model's class files, which carry
  // Jackson and Immutables annotations with enum constants.
  requires static com.fasterxml.jackson.annotation;
  requires static org.immutables.value.annotations;

  exports nl.woonzorg.cbs;
  exports nl.woonzorg.cbs.kwb;
}
