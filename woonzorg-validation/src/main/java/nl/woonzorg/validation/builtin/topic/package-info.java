/**
 * Completeness of the vision (<i>volledigheid</i>) against the eleven topics the Taskforce
 * Wonen en Zorg found in municipal visions.
 */
@NullMarked
package nl.woonzorg.validation.builtin.topic;

import org.jspecify.annotations.NullMarked;
