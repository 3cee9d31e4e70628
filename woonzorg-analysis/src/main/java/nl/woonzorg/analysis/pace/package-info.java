/**
 * Pace (<i>tempo</i>) towards a target: the {@linkplain nl.woonzorg.analysis.pace.RequiredPace
 * required} and the {@linkplain nl.woonzorg.analysis.pace.RealisedPace realised} pace and how they
 * {@linkplain nl.woonzorg.analysis.pace.PaceComparison compare}, the {@linkplain
 * nl.woonzorg.analysis.pace.Projection time a target is reached} at a steady pace, and periodic
 * targets whose {@linkplain nl.woonzorg.analysis.pace.BacklogSeries backlog} (<i>achterstand</i>)
 * carries over.
 *
 * <p>Every figure is an exact {@linkplain nl.woonzorg.analysis.number.Fraction fraction} and keeps
 * the inputs it came from. Results are immutable and thread-safe.
 */
@NullMarked
package nl.woonzorg.analysis.pace;

import org.jspecify.annotations.NullMarked;
