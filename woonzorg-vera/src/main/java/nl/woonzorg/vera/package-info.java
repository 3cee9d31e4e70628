/**
 * VERA-OpenAPI interoperability (<i>VERA-koppeling</i>): the sector's own exchange of real-estate
 * units, read and written losslessly and mapped to woonzorg's model. The binding is in {@link
 * nl.woonzorg.vera.unit}, reading and writing in {@link nl.woonzorg.vera.json}, the mapping to
 * {@link nl.woonzorg.model.dwelling.Dwelling} in {@link nl.woonzorg.vera.mapping}.
 */
@NullMarked
package nl.woonzorg.vera;

import org.jspecify.annotations.NullMarked;
