/**
 * Reading and writing woonzorg documents as JSON and NDJSON, checked against the shipped JSON
 * Schemas.
 */
// Immutables' annotations jar, required below to read the model, is an automatic module.
@SuppressWarnings("requires-automatic")
module nl.woonzorg.io {
  requires transitive nl.woonzorg.model;
  // WoonzorgModule is a Jackson module, and readers and writers take Jackson's types.
  requires transitive tools.jackson.databind;
  requires static transitive org.jspecify;
  requires static transitive org.apiguardian.api;
  // Compile-time only, as in the pom: javadoc reads the model's class files, which carry
  // Immutables annotations (an enum constant among them). This puts that module in the graph,
  // where the model, which requires it static, reads it; the model's own requires does not.
  requires static org.immutables.value.annotations;

  exports nl.woonzorg.io;
  exports nl.woonzorg.io.json;
  exports nl.woonzorg.io.ndjson;
  // nl.woonzorg.io.internal, the parser and binder machinery, is not exported. Jackson writes
  // its VersionedDocument, the formatVersion wrapper of a document, through package-private
  // annotated methods, so it is opened to Jackson alone. The schemas' package stays closed:
  // WireSchema reads them from inside this module.
  opens nl.woonzorg.io.internal to tools.jackson.databind;
}
