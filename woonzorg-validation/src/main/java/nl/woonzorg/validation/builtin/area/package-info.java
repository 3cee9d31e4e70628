/**
 * Area rules (<i>gebieden</i>): CBS gemeentecodes are in the bundled list of 342 gemeenten or
 * its history of herindelingen, and still held at the document's date; wijk and buurt codes lie
 * in their gemeente and wijk.
 */
@NullMarked
package nl.woonzorg.validation.builtin.area;

import org.jspecify.annotations.NullMarked;
