/** The project's Immutables style. */
@NullMarked
package nl.woonzorg.model.style;

import org.jspecify.annotations.NullMarked;
