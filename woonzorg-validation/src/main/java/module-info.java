/**
 * Checks of woonzorg documents: the model's Jakarta constraints (with Hibernate Validator) and the
 * built-in rules, reported as findings. Two packages are API: {@code nl.woonzorg.validation}, the
 * validator, and {@code nl.woonzorg.validation.rule}, what a rule author uses. The built-in rules
 * ({@code nl.woonzorg.validation.builtin.*}) and their support code ({@code
 * nl.woonzorg.validation.internal}) are not exported.
 *
 * <p>A rule of a caller's own module names its messages with {@code
 * RuleMessages.fromResources(anchor, baseName)}; this module reads them, so the caller's module
 * opens the package that holds them to {@code nl.woonzorg.validation}.
 */
// Immutables' annotations jar, required below to read the model, is an automatic module.
@SuppressWarnings("requires-automatic")
module nl.woonzorg.validation {
  requires transitive nl.woonzorg.model;
  requires org.hibernate.validator;
  requires org.slf4j;
  requires static transitive org.jspecify;
  requires static transitive org.apiguardian.api;
  // Compile-time only, as in the pom: javac and javadoc read the model's class files, which carry
  // Jackson and Immutables annotations with enum constants (JsonCreator.Mode.DELEGATING,
  // ImplementationVisibility.PACKAGE); unresolved, -Xlint reports them. These put the two modules
  // in the graph, where the model, which requires them static, reads them.
  requires static com.fasterxml.jackson.annotation;
  requires static org.immutables.value.annotations;

  exports nl.woonzorg.validation;
  exports nl.woonzorg.validation.rule;
}
