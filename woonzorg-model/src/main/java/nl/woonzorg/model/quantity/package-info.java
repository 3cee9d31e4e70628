/** Amounts with units: targets, baselines, measurements and criteria all use them. */
@NullMarked
package nl.woonzorg.model.quantity;

import org.jspecify.annotations.NullMarked;
