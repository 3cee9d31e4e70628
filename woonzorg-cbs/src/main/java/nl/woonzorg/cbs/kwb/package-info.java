/**
 * CBS <i>Kerncijfers wijken en buurten</i> (KWB) read into {@link
 * nl.woonzorg.analysis.population.AreaPopulation} rows: from the StatLine CSV export, the OData v3
 * {@code TypedDataSet} and the OData v4 {@code Observations}. Describe the table with {@link
 * nl.woonzorg.cbs.kwb.KwbTable} and read it with {@link nl.woonzorg.cbs.kwb.KwbReader}.
 *
 * <p>Readers and results are immutable and thread-safe.
 */
@NullMarked
package nl.woonzorg.cbs.kwb;

import org.jspecify.annotations.NullMarked;
