/**
 * Signatory rules (<i>ondertekening</i>): the Woningwet's three signatories of a
 * prestatieafspraak, and the Taskforce's advice that care, welfare and the zorgkantoor co-sign.
 */
@NullMarked
package nl.woonzorg.validation.builtin.signatory;

import org.jspecify.annotations.NullMarked;
