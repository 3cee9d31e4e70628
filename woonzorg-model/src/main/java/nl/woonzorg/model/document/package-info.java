/**
 * The kinds of document the model's parts travel as (<i>documentsoorten</i>): {@link
 * nl.woonzorg.model.document.DocumentType}, the one list that the wire format, the validator,
 * the testkit and the tools dispatch on; and the documents of the cycle besides the vision, each
 * a {@link nl.woonzorg.model.document.PolicyDocument} holding a part of the vision's model. They
 * live here, not beside their parts, so that no package of a part depends on this one.
 */
@NullMarked
package nl.woonzorg.model.document;

import org.jspecify.annotations.NullMarked;
