/**
 * Generators of valid woonzorg data as QuickTheories {@link org.quicktheories.core.Gen}s: whole
 * visions, performance agreements of each type, SMART goals, measurements and dwelling records,
 * each valid by construction for {@link nl.woonzorg.validation.rule.Profile#VASTGESTELD}. Start at
 * {@link nl.woonzorg.testkit.gen.WoonzorgGen}.
 *
 * <p>Nothing here is null unless marked so.
 */
@NullMarked
package nl.woonzorg.testkit.gen;

import org.jspecify.annotations.NullMarked;
