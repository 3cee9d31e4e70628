/**
 * Defect injectors and the conformance corpus: a {@link nl.woonzorg.testkit.defect.Defect} takes
 * a valid object and breaks it in one named way, giving a {@link
 * nl.woonzorg.testkit.defect.Defective} that carries the rule id and JSON Pointer the validator
 * must report; {@link nl.woonzorg.testkit.defect.Defects} lists them all and generates defective
 * objects; {@link nl.woonzorg.testkit.defect.ConformanceCorpus} writes valid and invalid
 * documents with their expectations.
 *
 * <p>Nothing here is null unless marked so.
 */
@NullMarked
package nl.woonzorg.testkit.defect;

import org.jspecify.annotations.NullMarked;
