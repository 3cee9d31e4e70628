/**
 * Code lists (<i>codelijsten</i>): the {@link nl.woonzorg.model.code.Coded} contract every domain
 * enumeration implements, and lookup by wire code that fails with a message listing the valid codes.
 */
@NullMarked
package nl.woonzorg.model.code;

import org.jspecify.annotations.NullMarked;
