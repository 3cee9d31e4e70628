/**
 * Target groups of a woonzorgvisie (<i>doelgroepen</i>): older people (<i>ouderen</i>), the groups
 * that need particular attention on the housing market (<i>aandachtsgroepen</i>) and regular
 * home-seekers (<i>reguliere woningzoekenden</i>), with their links to the VERA target-group lists,
 * and the urgency categories of the housing ordinance (<i>wettelijk urgenten</i>,
 * <i>overige urgenten</i>).
 */
@NullMarked
package nl.woonzorg.model.targetgroup;

import org.jspecify.annotations.NullMarked;
