/**
 * The <i>visie</i> (building block 2 of a woonzorgvisie): the shared picture of the future, its
 * principles (<i>uitgangspunten</i>: betaalbaarheid, toegankelijkheid, inclusiviteit, spreiding or
 * clustering, zorgzame buurten) and themes, and which of the Taskforce Wonen en Zorg's eleven
 * topics (<i>onderwerpen</i>) the vision covers.
 */
@NullMarked
package nl.woonzorg.model.vision;

import org.jspecify.annotations.NullMarked;
