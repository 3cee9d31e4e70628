/**
 * Code lists (<i>codelijsten</i>): the {@link nl.woonzorg.model.code.Coded} contract every domain
 * enumeration implements, the {@link nl.woonzorg.model.code.CodeList} interface that answers it from
 * each constant's {@link nl.woonzorg.model.code.CodeEntry}, and lookup by wire code through one
 * {@link nl.woonzorg.model.code.CodeTable} per enumeration, failing with a message listing the
 * valid codes.
 */
@NullMarked
package nl.woonzorg.model.code;

import org.jspecify.annotations.NullMarked;
