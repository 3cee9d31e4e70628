/**
 * VERA-OpenAPI JSON (<i>VERA-berichten</i>): {@link nl.woonzorg.vera.json.VeraReader} reads
 * {@code Eenheid} objects — one document, the bare array the API returns, or NDJSON — strictly or
 * leniently within read limits, locating every problem; {@link nl.woonzorg.vera.json.VeraWriter}
 * writes them back, compact or in the canonical pretty form.
 */
@NullMarked
package nl.woonzorg.vera.json;

import org.jspecify.annotations.NullMarked;
