/**
 * Norms (<i>normen</i>) for the demand side of a woonzorganalyse: user-supplied ratios of homes of
 * a supply category per person of a population measure, for a target group, each with its source
 * and date. No official ratio exists, so none is built in. Start at {@link
 * nl.woonzorg.analysis.norm.Norm}.
 *
 * <p>Ratios are exact fractions; norms are immutable and thread-safe.
 */
@NullMarked
package nl.woonzorg.analysis.norm;

import org.jspecify.annotations.NullMarked;
