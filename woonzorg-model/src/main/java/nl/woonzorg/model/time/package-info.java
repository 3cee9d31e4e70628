/** Time in the domain: year periods, deadlines and frequencies. */
@NullMarked
package nl.woonzorg.model.time;

import org.jspecify.annotations.NullMarked;
