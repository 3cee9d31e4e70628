/**
 * Reading and writing VERA-OpenAPI {@code Eenheid} JSON losslessly, and mapping it to the
 * woonzorg {@code Dwelling}.
 */
// Immutables' annotations jar, required below to compile the value types, is an automatic module.
@SuppressWarnings("requires-automatic")
module nl.woonzorg.vera {
  // Problems and limits are io's (ReadLimits, WireProblem, WireFormatException, ReadResult), and
  // the mapping's types are the model's: both are part of this module's API.
  requires transitive nl.woonzorg.io;
  // RawJson reads from and writes to Jackson's streaming parser and generator.
  requires transitive tools.jackson.core;
  requires tools.jackson.databind;
  requires static transitive org.jspecify;
  requires static transitive org.apiguardian.api;
  // The value types carry Immutables' annotations (class retention): needed only to compile.
  requires static org.immutables.value.annotations;
  // The generated sources carry @javax.annotation.processing.Generated, of source retention.
  requires static java.compiler;

  exports nl.woonzorg.vera.allocation;
  exports nl.woonzorg.vera.check;
  exports nl.woonzorg.vera.json;
  exports nl.woonzorg.vera.mapping;
  exports nl.woonzorg.vera.match;
  exports nl.woonzorg.vera.unit;
  // nl.woonzorg.vera.internal, the binders and writers, and nl.woonzorg.vera.style, the
  // Immutables style, are not exported.
}
