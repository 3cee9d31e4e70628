/**
 * The VERA binding (<i>VERA-gegevensmodel</i>): {@link nl.woonzorg.vera.unit.VeraUnit}, the
 * <i>Eenheid</i>, with the attributes woonzorg works with bound to typed values — code values
 * ({@link nl.woonzorg.vera.unit.VeraCode}), the address dispatched on its kind ({@link
 * nl.woonzorg.vera.unit.VeraAddress}, {@link nl.woonzorg.vera.unit.AddressKind}), areas and
 * clusters — and everything else kept as {@link nl.woonzorg.vera.unit.RawJson} in each object's
 * {@link nl.woonzorg.vera.unit.PassThrough}, so that nothing read is lost. {@link
 * nl.woonzorg.vera.unit.UnitAttributes} lists which attribute is which.
 */
@NullMarked
package nl.woonzorg.vera.unit;

import org.jspecify.annotations.NullMarked;
