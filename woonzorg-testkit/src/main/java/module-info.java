/**
 * Generators, defects, sample documents and assertions for testing code that works with woonzorg
 * documents.
 */
// QuickTheories 0.26 has no descriptor, nor an Automatic-Module-Name: its module name,
// quicktheories, comes from the jar's file name. Its Gen is part of this module's API, so it is
// required transitively all the same. Immutables' annotations, required below to read the model,
// are an automatic module too.
@SuppressWarnings({"requires-automatic", "requires-transitive-automatic"})
module nl.woonzorg.testkit {
  requires transitive nl.woonzorg.model;
  requires transitive nl.woonzorg.validation;
  requires transitive nl.woonzorg.io;
  requires transitive quicktheories;
  requires tools.jackson.databind;
  requires static transitive org.jspecify;
  requires static transitive org.apiguardian.api;
  // Compile-time only, as in the pom: javadoc reads the model's class files, which carry
  // Immutables annotations (an enum constant among them). This puts that module in the graph,
  // where the model, which requires it static, reads it; the model's own requires does not.
  requires static org.immutables.value.annotations;

  exports nl.woonzorg.testkit;
  exports nl.woonzorg.testkit.assertion;
  exports nl.woonzorg.testkit.defect;
  exports nl.woonzorg.testkit.gen;
}
