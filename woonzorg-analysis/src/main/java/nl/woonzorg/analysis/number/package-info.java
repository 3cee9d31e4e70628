/**
 * Exact numbers for public figures: {@link nl.woonzorg.analysis.number.Fraction}, a rational
 * number (<i>breuk</i>) that shares and paces are computed in, rounded only when written out.
 *
 * <p>Values are immutable and thread-safe.
 */
@NullMarked
package nl.woonzorg.analysis.number;

import org.jspecify.annotations.NullMarked;
