/**
 * Party rules (<i>partijen</i>): what a collective party's members must be.
 */
@NullMarked
package nl.woonzorg.validation.builtin.party;

import org.jspecify.annotations.NullMarked;
