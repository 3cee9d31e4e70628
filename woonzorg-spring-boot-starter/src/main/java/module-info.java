/**
 * Spring Boot 4 auto-configuration for woonzorg: a strict reader, a writer, one validator per
 * profile and language, an HTTP message converter, RFC 9457 problem bodies, bean validation with
 * {@code @ConformsToWoonzorg}, and an Actuator info contributor.
 *
 * <p>Spring's jars are automatic modules ({@code spring.core}, {@code spring.boot.autoconfigure},
 * …). Boot applications usually run on the class path, where this descriptor is ignored; on the
 * module path it states what the starter needs and offers.
 */
@SuppressWarnings({"requires-automatic", "requires-transitive-automatic"})
module nl.woonzorg.spring.boot {
  // The beans' types (JsonReader, JsonWriter, WoonzorgValidator, Finding) are the API users
  // inject, so their modules are read by every module that reads this one.
  requires transitive nl.woonzorg.io;
  requires transitive nl.woonzorg.validation;
  // Optional, as in the pom: each auto-configuration that names them is conditional on the class.
  requires static transitive nl.woonzorg.vera;
  requires static transitive nl.woonzorg.analysis;

  requires transitive spring.boot.autoconfigure;
  // Spring's types appear in the exported configurations' signatures and annotations.
  requires transitive spring.boot;
  requires transitive spring.beans;
  requires transitive spring.context;
  requires transitive spring.core;
  requires jakarta.validation;
  requires org.hibernate.validator;
  // Web MVC, the servlet API and Actuator are optional in the pom (conditional configurations).
  // Not transitive, so that a consumer compiles without them; the conditional beans that name
  // their types suppress javac's "exports" lint for that reason.
  requires static spring.web;
  requires static spring.webmvc;
  requires static jakarta.servlet;
  requires static spring.boot.actuator;
  requires static spring.boot.actuator.autoconfigure;
  requires static org.jspecify;
  requires static org.apiguardian.api;

  exports nl.woonzorg.spring.boot.autoconfigure;
  exports nl.woonzorg.spring.boot.web;
  exports nl.woonzorg.spring.boot.validation;
  exports nl.woonzorg.spring.boot.actuate;

  // Spring defines the configurations' proxies in their package and reads them reflectively.
  opens nl.woonzorg.spring.boot.autoconfigure to spring.core, spring.beans, spring.context;
}
