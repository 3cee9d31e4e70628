/**
 * Identity rules (<i>identiteit</i>): the ids a vision declares are unique within their kind.
 */
@NullMarked
package nl.woonzorg.validation.builtin.identity;

import org.jspecify.annotations.NullMarked;
