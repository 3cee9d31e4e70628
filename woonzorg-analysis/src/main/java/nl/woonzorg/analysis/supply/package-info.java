/**
 * The supply (<i>aanbod</i>) of homes for the national programme <i>Wonen en zorg voor
 * ouderen</i>: dwelling records (<i>eenheden</i>) classified into the programme's categories
 * (<i>nultredenwoning</i>, <i>geclusterde woning</i>, <i>zorggeschikte woning</i>) and counted per
 * area. Start at {@link nl.woonzorg.analysis.supply.SupplyTally}.
 *
 * <p>Counts are exact {@code long}s; results are immutable and thread-safe.
 */
@NullMarked
package nl.woonzorg.analysis.supply;

import org.jspecify.annotations.NullMarked;
