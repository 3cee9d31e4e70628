/**
 * Time rules (<i>tijd</i>): starts given as partial dates lie before the end they start towards,
 * a recurring activity recurs within its planning, and a tranche ends after the goal it adds to.
 */
@NullMarked
package nl.woonzorg.validation.builtin.time;

import org.jspecify.annotations.NullMarked;
