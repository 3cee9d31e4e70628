/**
 * Fair-share distribution (<i>verdeling</i>): a whole number of units shared out over parts in
 * proportion to their weights — a national <i>taakstelling</i> over gemeenten by population, a
 * programme's homes over districts — by a {@link
 * nl.woonzorg.analysis.distribution.DistributionMethod}: rounded up per part as the Huisvestingswet
 * prescribes, largest remainder, D'Hondt or Sainte-Laguë. Start there; a {@link
 * nl.woonzorg.analysis.distribution.Redistribution} checks a joint redistribution afterwards.
 *
 * <p>Shares are computed in exact {@linkplain nl.woonzorg.analysis.number.Fraction fractions}, each
 * with where its units came from, and ties for the last units are reported, never broken. Results
 * are immutable and thread-safe.
 */
@NullMarked
package nl.woonzorg.analysis.distribution;

import org.jspecify.annotations.NullMarked;
