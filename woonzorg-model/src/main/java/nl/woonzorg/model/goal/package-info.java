/**
 * Ambitions and SMART goals of a woonzorgvisie: the <i>ambitie</i> ("within ten years every
 * district has a meeting place"), the <i>doel</i> that makes it concrete with a target, a
 * <i>termijn</i>, a <i>reikwijdte</i> (target groups, dwelling types, areas), <i>uitsplitsingen</i>
 * of the target (new build versus existing stock, per location, per rent segment) and
 * <i>criteria</i> the result must meet ("within 500 metres of a facility").
 *
 * <p>Every type is immutable and thread-safe. What a draft may still lack is optional or an empty
 * collection; whether a goal is complete enough (SMART) is for validation to report.
 */
@NullMarked
package nl.woonzorg.model.goal;

import org.jspecify.annotations.NullMarked;
