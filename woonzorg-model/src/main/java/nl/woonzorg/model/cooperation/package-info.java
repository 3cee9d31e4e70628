/**
 * <i>Samenwerking</i> (cooperation, building block 4 of a woonzorgvisie): who works with whom, on
 * what footing — <i>convenanten</i>, <i>pacten</i>, <i>samenwerkingsovereenkomsten</i>,
 * <i>werkafspraken</i> — in which consultations (<i>overleggen</i>), and who pays.
 */
@NullMarked
package nl.woonzorg.model.cooperation;

import org.jspecify.annotations.NullMarked;
