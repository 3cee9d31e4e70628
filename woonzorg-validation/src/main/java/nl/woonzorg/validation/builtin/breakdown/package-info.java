/**
 * Breakdown rules (<i>uitsplitsingen en jaarschijven</i>): parts add up to their whole, and
 * yearly parts and slices lie within their period.
 */
@NullMarked
package nl.woonzorg.validation.builtin.breakdown;

import org.jspecify.annotations.NullMarked;
