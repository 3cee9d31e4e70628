/**
 * Dwelling-record rules (<i>eenheden</i>): live VERA codes, and the accessibility a housing
 * form implies.
 */
@NullMarked
package nl.woonzorg.validation.builtin.dwelling;

import org.jspecify.annotations.NullMarked;
