/**
 * Links to other policy documents (<i>verwijzingen naar ander beleid</i>): the woonvisie a
 * woonzorgvisie builds on, the covenant an addendum belongs to, the Wmo-beleidsplan an agreement
 * refers to instead of repeating it — each typed by the kind of document and the relation.
 */
@NullMarked
package nl.woonzorg.model.link;

import org.jspecify.annotations.NullMarked;
