/**
 * Rules per agreement type (<i>typen prestatieafspraken</i>, Overzicht 2 of the Taskforce):
 * each type states what makes it that type — a condition and consequence, both sides of an
 * exchange, an obligation and its cost bearers, a cycle, a principle, activities.
 */
@NullMarked
package nl.woonzorg.validation.builtin.agreement;

import org.jspecify.annotations.NullMarked;
