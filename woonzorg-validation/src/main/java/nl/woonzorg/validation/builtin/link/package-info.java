/**
 * Link rules (<i>verwijzingen</i>): links to other policy documents name the document they point
 * to, and not the linking document itself.
 */
@NullMarked
package nl.woonzorg.validation.builtin.link;

import org.jspecify.annotations.NullMarked;
