/**
 * <i>Borging</i> (monitoring and steering): the indicators (<i>indicatoren</i>) partners agree to
 * follow, their measurements (<i>metingen</i>) on a <i>peildatum</i>, the evaluation moments
 * (<i>evaluatiemomenten</i>), the early-warning thresholds (<i>signaalwaarden</i>) that call for
 * steering, and how often progress is reported.
 */
@NullMarked
package nl.woonzorg.model.monitoring;

import org.jspecify.annotations.NullMarked;
