/**
 * The area hierarchy (<i>gebiedsindeling</i>) that figures roll up along: <i>buurt</i> →
 * <i>wijk</i> → <i>gemeente</i> → <i>COROP-gebied</i> → <i>provincie</i> → <i>Nederland</i>, by
 * CBS code. Start at {@link nl.woonzorg.analysis.region.AreaHierarchy#netherlands()}.
 *
 * <p>Results are immutable and thread-safe.
 */
@NullMarked
package nl.woonzorg.analysis.region;

import org.jspecify.annotations.NullMarked;
