/**
 * Parties (<i>partijen</i>) to a woonzorgvisie and its agreements: the <i>gemeente</i>,
 * <i>woningcorporaties</i>, <i>huurdersorganisaties</i>, care and welfare organisations, the
 * <i>zorgkantoor</i> and others, with their official identifiers (KvK-nummer, RSIN, OIN, AGB-code,
 * L-nummer, UZOVI-nummer, CBS gemeentecode).
 */
@NullMarked
package nl.woonzorg.model.party;

import org.jspecify.annotations.NullMarked;
