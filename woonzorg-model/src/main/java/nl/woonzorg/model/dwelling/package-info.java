/**
 * Dwellings (<i>woningen</i>, <i>eenheden</i>) and dwelling types (<i>woonvormen</i>): the broad
 * list of types that goals and analyses count, from the regular home to the nursing-care place
 * (<i>verpleegzorgplaats</i>) and the housing-care zone (<i>woonzorgzone</i>); the three categories
 * of the national programme for housing older people (<i>nultredenwoning</i>, <i>geclusterde
 * woning</i>, <i>zorggeschikte woning</i>); and a stock record shaped like a VERA <i>eenheid</i>.
 */
@NullMarked
package nl.woonzorg.model.dwelling;

import org.jspecify.annotations.NullMarked;
