/**
 * VERA code-list checks as broadcast joins against the reference data {@code woonzorg-vera}
 * bundles, with validity windows at a per-record peildatum: {@link
 * nl.woonzorg.spark.codelist.CodeListCheck}.
 */
@NullMarked
package nl.woonzorg.spark.codelist;

import org.jspecify.annotations.NullMarked;
