/**
 * The demand, supply and gap of a woonzorganalyse (<i>vraag, aanbod en opgave</i>): demand per
 * area, target group, supply category and year from population and {@linkplain
 * nl.woonzorg.analysis.norm.Norm norms}, supply from a {@linkplain
 * nl.woonzorg.analysis.supply.CategoryTally classified stock}, their gap and coverage, rolled up
 * along the {@linkplain nl.woonzorg.analysis.region.AreaHierarchy area hierarchy}, per forecast
 * scenario, normalised and indexed, with a calculation record for every number. Start at {@link
 * nl.woonzorg.analysis.gap.GapEngine}.
 *
 * <p>Every number is an exact {@link nl.woonzorg.analysis.number.Fraction} until written out; a
 * suppressed or missing input makes an {@link nl.woonzorg.analysis.gap.Amount} unknown or partial,
 * never zero. Results are immutable and thread-safe.
 */
@NullMarked
package nl.woonzorg.analysis.gap;

import org.jspecify.annotations.NullMarked;
