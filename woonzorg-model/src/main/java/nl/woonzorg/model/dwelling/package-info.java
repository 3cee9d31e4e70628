/**
 * Dwellings (<i>woningen</i>, <i>eenheden</i>) and dwelling types (<i>woonvormen</i>): the broad
 * list of types that goals and analyses count, from the regular home to the nursing-care place
 * (<i>verpleegzorgplaats</i>) and the housing-care zone (<i>woonzorgzone</i>); the three categories
 * of the national programme for housing older people (<i>nultredenwoning</i>, <i>geclusterde
 * woning</i>, <i>zorggeschikte woning</i>); a stock record shaped like a VERA <i>eenheid</i>; and the building or complex it lies in
 * (<i>gebouw</i>, <i>complex</i>, VERA <i>Gebouw</i> and <i>Cluster</i>), at which the rules for
 * clustered housing are checked.
 */
@NullMarked
package nl.woonzorg.model.dwelling;

import org.jspecify.annotations.NullMarked;
