/**
 * Time rules (<i>tijd</i>): starts given as partial dates lie before the end they start towards,
 * and a recurring activity recurs within its planning.
 */
@NullMarked
package nl.woonzorg.validation.builtin.time;

import org.jspecify.annotations.NullMarked;
