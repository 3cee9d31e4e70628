/**
 * The JSON wire format of woonzorg (<i>uitwisselformaat</i>): the document types that travel
 * alone, the format version and its compatibility policy, the limits that guard the reader, and
 * the located problems reading reports — each convertible to a model {@link
 * nl.woonzorg.model.report.Finding}, so parse and validation results can be shown together.
 *
 * <p>This package holds what the others share and depends on none of them: {@link
 * nl.woonzorg.io.json} reads and writes documents (its {@link nl.woonzorg.io.json.WoonzorgJson} is
 * the entry point for callers who do not care about Jackson), {@link nl.woonzorg.io.ndjson}
 * streams records. Their machinery is in {@code nl.woonzorg.io.internal}, which is not exported.
 * The JSON Schema of each {@link
 * nl.woonzorg.model.document.DocumentType} is in the jar; {@link nl.woonzorg.io.WireSchema} reads
 * it.
 */
@NullMarked
package nl.woonzorg.io;

import org.jspecify.annotations.NullMarked;
