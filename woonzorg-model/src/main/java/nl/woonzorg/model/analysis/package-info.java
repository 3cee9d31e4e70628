/**
 * The <i>woonzorganalyse</i> (housing-and-care analysis, building block 1 "Inzicht in de opgave"):
 * current and future demand (<i>vraag</i>) and supply (<i>aanbod</i>) of housing and care per
 * target group and area, the bottlenecks (<i>knelpunten</i>) ranked in the short and the long term,
 * the findings (<i>bevindingen</i>) drawn, and the sources (<i>bronnen</i>) they rest on.
 */
@NullMarked
package nl.woonzorg.model.analysis;

import org.jspecify.annotations.NullMarked;
