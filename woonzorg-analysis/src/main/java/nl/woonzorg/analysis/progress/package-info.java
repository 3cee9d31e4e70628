/**
 * Progress (<i>voortgang</i>) towards a vision's goals: each goal with the indicators
 * (<i>indicatoren</i>) that follow it and their measurements (<i>metingen</i>), the series a
 * monitor compares with the goal's target and a report charts. Start at {@link
 * nl.woonzorg.analysis.progress.GoalSeries}.
 *
 * <p>Results are immutable and thread-safe.
 */
@NullMarked
package nl.woonzorg.analysis.progress;

import org.jspecify.annotations.NullMarked;
