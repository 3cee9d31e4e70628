/**
 * The VERA reference data (<i>VERA Referentiedata</i>), the code lists of the Dutch
 * housing-association data standard: dwelling forms (<i>woonvorm</i>), accessibility labels
 * (<i>toegankelijkheidslabel</i>), target groups (<i>doelgroep</i>, <i>aanvullende doelgroep</i>),
 * priority rules (<i>voorrangsoort</i>, <i>voorrangdetailsoort</i>), unit kinds
 * (<i>eenheidsoort</i>, <i>eenheiddetailsoort</i>) and rent classes (<i>huurklasse</i>).
 *
 * <p>Each list is mirrored by an enumeration whose codes are the VERA codes, so that data
 * exchanged with housing associations needs no translation table;
 * {@link nl.woonzorg.model.vera.VeraReferenceData} gives the bundled release itself, descriptions
 * included.
 */
@NullMarked
package nl.woonzorg.model.vera;

import org.jspecify.annotations.NullMarked;
