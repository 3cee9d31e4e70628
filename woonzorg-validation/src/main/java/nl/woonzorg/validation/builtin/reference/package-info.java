/**
 * Reference rules (<i>verwijzingen</i>): every id a vision refers to — goal, agreement, party,
 * indicator, area and the rest — names an object of the vision.
 */
@NullMarked
package nl.woonzorg.validation.builtin.reference;

import org.jspecify.annotations.NullMarked;
