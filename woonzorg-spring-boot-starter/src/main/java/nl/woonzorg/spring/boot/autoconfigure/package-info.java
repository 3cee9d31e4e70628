/**
 * Spring Boot auto-configuration for woonzorg: the validator configured from {@code
 * woonzorg.validation.*}, the wire format's reader, writer and Jackson module, and — each when its
 * classes are there — Spring MVC's converter and problem handler, Actuator's info, and the VERA
 * and analysis modules' ready-made objects. Every bean backs off when the application defines its
 * own.
 */
@NullMarked
package nl.woonzorg.spring.boot.autoconfigure;

import org.jspecify.annotations.NullMarked;
