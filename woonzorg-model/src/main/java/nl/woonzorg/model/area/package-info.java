/**
 * Areas (<i>gebieden</i>): the land, a <i>provincie</i>, a <i>regio</i>, a <i>gemeente</i>, its
 * <i>wijken</i> (districts), <i>buurten</i> (neighbourhoods) and <i>kernen</i> (villages), and a
 * single <i>locatie</i> (site), identified where possible by their CBS codes; and the bundled CBS
 * list of the 342 <i>gemeenten</i> of 1 January 2024
 * ({@link nl.woonzorg.model.area.Municipalities}) with the history of the municipal
 * reorganisations (<i>gemeentelijke herindelingen</i>) since 1 January 2018 that dissolved others
 * ({@link nl.woonzorg.model.area.MunicipalReorganisations}).
 */
@NullMarked
package nl.woonzorg.model.area;

import org.jspecify.annotations.NullMarked;
