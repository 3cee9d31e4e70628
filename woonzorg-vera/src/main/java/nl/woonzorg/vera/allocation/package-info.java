/**
 * VERA {@code Toewijzing} (allocation) records read into monitoring facts (<i>toewijzingen</i>):
 * per period and area, how many homes were allocated, and how many of them to each target group,
 * with each kind of priority (urgentie, …), by passendheid, and to older households — exact counts
 * and shares, and woonzorg {@code Measurement}s for the monitor, so that an agreement such as "x %
 * of allocations to urgent applicants" can be measured.
 */
@NullMarked
package nl.woonzorg.vera.allocation;

import org.jspecify.annotations.NullMarked;
