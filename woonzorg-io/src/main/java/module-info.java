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
  // JsonReader, JsonWriter and WoonzorgModule are API; the parser and binder beside them are
  // package-private, except RecordBlocks (@API INTERNAL, for ndjson), which this export exposes
  // until io's internals have a package of their own.
  exports nl.woonzorg.io.json;
  exports nl.woonzorg.io.ndjson;

  // Jackson writes the package-private VersionedDocument, the formatVersion wrapper of a document.
  opens nl.woonzorg.io.json to tools.jackson.databind;

  // The schemas are published data: DocumentType.schemaResource() names them for a class loader,
  // which finds a resource in a named module only in an open package. The package holds no code.
  opens nl.woonzorg.io.schema;
}
