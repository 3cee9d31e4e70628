/**
 * The woonzorg model: immutable, typed woonzorgvisies, performance agreements, dwellings and the
 * reports of their checks. Every package is API except {@code nl.woonzorg.model.style}, the
 * Immutables style that only the model's own sources use.
 */
// Immutables' annotations jar has no descriptor of its own, so it is an automatic module; see the
// requires below.
@SuppressWarnings("requires-automatic")
module nl.woonzorg.model {
  // The model's constraint annotations are part of its API (a consumer's validator reads them, and
  // NotBlankWhenPresent's own members name Jakarta types).
  requires transitive jakarta.validation;
  // Annotation-only, for readers and tools: needed to compile against the model, optional at run
  // time (as JUnit declares them).
  requires static transitive org.jspecify;
  requires static transitive org.apiguardian.api;
  // The generated Immutable* classes carry Jackson annotations and a JSON creator; they need
  // Jackson only when it is used, and woonzorg-io brings it. The annotations are named as well:
  // a module that compiles against the model without databind (validation) resolves them, and
  // javac reads them (JsonCreator.Mode.DELEGATING) as this module, which must read them itself.
  requires static tools.jackson.databind;
  requires static com.fasterxml.jackson.annotation;
  // The value types carry Immutables' annotations (class retention): needed only to compile the
  // model. Not transitive: javac would then demand the jar of every consumer's compilation.
  requires static org.immutables.value.annotations;
  // The generated sources carry @javax.annotation.processing.Generated, of source retention.
  requires static java.compiler;

  exports nl.woonzorg.model;
  exports nl.woonzorg.model.agreement;
  exports nl.woonzorg.model.analysis;
  exports nl.woonzorg.model.area;
  exports nl.woonzorg.model.code;
  exports nl.woonzorg.model.constraint;
  exports nl.woonzorg.model.cooperation;
  exports nl.woonzorg.model.document;
  exports nl.woonzorg.model.dwelling;
  exports nl.woonzorg.model.goal;
  exports nl.woonzorg.model.link;
  exports nl.woonzorg.model.monitoring;
  exports nl.woonzorg.model.party;
  exports nl.woonzorg.model.phase;
  exports nl.woonzorg.model.programme;
  exports nl.woonzorg.model.quantity;
  exports nl.woonzorg.model.report;
  exports nl.woonzorg.model.targetgroup;
  exports nl.woonzorg.model.time;
  exports nl.woonzorg.model.vera;
  exports nl.woonzorg.model.vision;

  // Jackson reads and writes the value types through the package-private Immutable* classes
  // generated beside them (their Json delegates and creators). Every package that has value
  // types, so all but code, constraint and style. Hibernate Validator needs nothing opened: it
  // calls the public getters of the exported abstract types.
  opens nl.woonzorg.model to tools.jackson.databind;
  opens nl.woonzorg.model.agreement to tools.jackson.databind;
  opens nl.woonzorg.model.analysis to tools.jackson.databind;
  opens nl.woonzorg.model.area to tools.jackson.databind;
  opens nl.woonzorg.model.cooperation to tools.jackson.databind;
  opens nl.woonzorg.model.dwelling to tools.jackson.databind;
  opens nl.woonzorg.model.goal to tools.jackson.databind;
  opens nl.woonzorg.model.link to tools.jackson.databind;
  opens nl.woonzorg.model.monitoring to tools.jackson.databind;
  opens nl.woonzorg.model.party to tools.jackson.databind;
  opens nl.woonzorg.model.phase to tools.jackson.databind;
  opens nl.woonzorg.model.programme to tools.jackson.databind;
  opens nl.woonzorg.model.quantity to tools.jackson.databind;
  opens nl.woonzorg.model.report to tools.jackson.databind;
  opens nl.woonzorg.model.targetgroup to tools.jackson.databind;
  opens nl.woonzorg.model.time to tools.jackson.databind;
  opens nl.woonzorg.model.vera to tools.jackson.databind;
  opens nl.woonzorg.model.vision to tools.jackson.databind;
}
