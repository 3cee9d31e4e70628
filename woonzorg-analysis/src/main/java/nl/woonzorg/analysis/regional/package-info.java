/**
 * The regional monitor (<i>regionale monitor</i>): several gemeenten's figures side by side for a
 * region — a COROP area, a province, a woondeal or zorgkantoor region, or any set — {@linkplain
 * nl.woonzorg.analysis.normalisation.Normalisation normalised} per 1,000 inhabitants, per 1,000 of
 * an age group or per 100,000 dwellings, {@linkplain
 * nl.woonzorg.analysis.regional.RegionalComparison ranked and indexed} against the region and the
 * Netherlands, with the regional total against a regional target. Partners' measurements
 * are combined first; where sources disagree the figure is left out and the disagreement
 * reported.
 *
 * <p>Every figure is an exact {@linkplain nl.woonzorg.analysis.number.Fraction fraction}; results
 * are immutable and thread-safe.
 */
@NullMarked
package nl.woonzorg.analysis.regional;

import org.jspecify.annotations.NullMarked;
