/**
 * Suitability matching (<i>passendheid</i>): which homes of a VERA stock fit a household's needs,
 * and for each of the others every reason why not, as a code.
 *
 * <p>{@link nl.woonzorg.vera.match.Household} says what the household needs, {@link
 * nl.woonzorg.vera.match.Stock} holds the homes in the compact form matching reads, {@link
 * nl.woonzorg.vera.match.Matcher} judges them under its {@link
 * nl.woonzorg.vera.match.RentLimits} and policy, and {@link nl.woonzorg.vera.match.MatchResult}
 * gives each home's {@link nl.woonzorg.vera.match.Mismatch} reasons.
 *
 * <p>It lives in the VERA module, not in the analysis, because what it judges is VERA's own: the
 * {@code rekenhuur} that passend toewijzen measures (the model's {@code Dwelling} keeps only a rent
 * class), the {@code toegankelijkheidslabel} and {@code woonvorm} codes, and {@code kamersAantal};
 * the analysis may use only the model.
 */
@NullMarked
package nl.woonzorg.vera.match;

import org.jspecify.annotations.NullMarked;
