/**
 * Normalisation (<i>normering</i>): a figure per so many inhabitants, people of an age group,
 * households or dwellings of its area, so that areas of different size can be compared — the one
 * definition the gap analysis and the regional monitor share.
 */
@NullMarked
package nl.woonzorg.analysis.normalisation;

import org.jspecify.annotations.NullMarked;
