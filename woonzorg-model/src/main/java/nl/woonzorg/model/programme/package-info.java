/**
 * The <i>uitvoeringsprogramma</i> (implementation programme): the concrete activities
 * (<i>activiteiten</i>, <i>projecten</i>) that carry out the goals and agreements of a
 * woonzorgvisie, with who is responsible, planning, budget (<i>budget</i>) and output. Usually
 * three to five years.
 */
@NullMarked
package nl.woonzorg.model.programme;

import org.jspecify.annotations.NullMarked;
