/**
 * The area hierarchy (<i>gebiedsindeling</i>) that figures roll up along: <i>buurt</i> →
 * <i>wijk</i> → <i>gemeente</i> → <i>COROP-gebied</i> → <i>provincie</i> → <i>Nederland</i>, by
 * CBS code. Start at {@link nl.woonzorg.analysis.region.AreaHierarchy#netherlands()}; its COROP
 * regions and provinces as {@link nl.woonzorg.analysis.region.Region}s are {@link
 * nl.woonzorg.analysis.region.RegionSet#bundled()}, and other groupings (zorgkantoor and woondeal
 * regions) are read from a file with {@link nl.woonzorg.analysis.region.RegionSet#parse}.
 *
 * <p>Results are immutable and thread-safe.
 */
@NullMarked
package nl.woonzorg.analysis.region;

import org.jspecify.annotations.NullMarked;
