/**
 * Building and complex rules (<i>gebouwen</i>, <i>complexen</i>): the clustered-housing criteria
 * checked at the level where they hold — a meeting room, a minimum number of homes, the share for
 * 55-plussers — and the consistency of a building's counts and provisions.
 */
@NullMarked
package nl.woonzorg.validation.builtin.building;

import org.jspecify.annotations.NullMarked;
