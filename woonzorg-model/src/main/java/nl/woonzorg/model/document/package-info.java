/**
 * The kinds of document the model's parts travel as (<i>documentsoorten</i>): {@link
 * nl.woonzorg.model.document.DocumentType}, the one list that the wire format, the validator,
 * the testkit and the tools dispatch on.
 */
@NullMarked
package nl.woonzorg.model.document;

import org.jspecify.annotations.NullMarked;
