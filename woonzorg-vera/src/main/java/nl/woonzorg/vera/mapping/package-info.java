/**
 * Mapping between VERA's <i>Eenheid</i> and woonzorg's {@link nl.woonzorg.model.dwelling.Dwelling}
 * (<i>vertaling</i>), both ways, attribute by attribute as the module's README tabulates: {@link
 * nl.woonzorg.vera.mapping.DwellingMapping}. What one side cannot hold is reported as a {@link
 * nl.woonzorg.vera.mapping.MappingNote} with its JSON Pointer, never silently dropped.
 */
@NullMarked
package nl.woonzorg.vera.mapping;

import org.jspecify.annotations.NullMarked;
