/** The Immutables style of the VERA binding; not exported. */
@NullMarked
package nl.woonzorg.vera.style;

import org.jspecify.annotations.NullMarked;
