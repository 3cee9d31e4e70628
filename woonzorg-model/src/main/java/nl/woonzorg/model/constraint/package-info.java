/**
 * Jakarta Validation constraints of the model's own, for per-field rules the standard constraints
 * cannot state.
 */
@NullMarked
package nl.woonzorg.model.constraint;

import org.jspecify.annotations.NullMarked;
