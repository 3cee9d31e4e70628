/** What woonzorg tells Spring Boot Actuator: its part of the {@code info} endpoint. */
@NullMarked
package nl.woonzorg.spring.boot.actuate;

import org.jspecify.annotations.NullMarked;
