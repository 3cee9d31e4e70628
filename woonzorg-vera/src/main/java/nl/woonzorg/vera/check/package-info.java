/**
 * The VERA check profile (<i>VERA-controleprofiel</i>): an {@code Eenheid} checked against the
 * code lists the spec binds to its attributes, at a peildatum, against the spec's validation
 * regexes and against woonzorg's profile of required attributes. Findings are woonzorg's own
 * {@link nl.woonzorg.model.report.Report}.
 */
@NullMarked
package nl.woonzorg.vera.check;

import org.jspecify.annotations.NullMarked;
