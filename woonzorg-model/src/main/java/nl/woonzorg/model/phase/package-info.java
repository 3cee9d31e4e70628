/**
 * The woonzorg process (<i>fasering</i>): ANALYSE → VISIE → AFSPRAKEN → UITVOERING → BORGING, and
 * round again each year, with a vision's dated phase history.
 */
@NullMarked
package nl.woonzorg.model.phase;

import org.jspecify.annotations.NullMarked;
