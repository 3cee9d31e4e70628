package nl.woonzorg.validation.internal;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.apiguardian.api.API;

/**
 * Registers a class as a built-in rule: the build lists every class that carries it in {@code
 * BuiltInRuleList}, one instance each, and every validator runs them. The class must be public and
 * concrete, implement {@link nl.woonzorg.validation.rule.Rule}, and have a public constructor
 * without arguments; the build fails, naming the class, when it does not.
 *
 * <p>Kept in the class files so that tests can tell built-in rule classes from their helpers.
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface BuiltInRule {}
