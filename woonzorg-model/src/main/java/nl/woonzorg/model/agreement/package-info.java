/**
 * Performance agreements (<i>prestatieafspraken</i>) on housing, care and welfare: the
 * {@link nl.woonzorg.model.agreement.PerformanceAgreement} with its parties and their roles,
 * <i>maatregelen</i> (measures) and <i>jaarschijven</i> (yearly slices), and the terms proper to
 * each of the six agreement types of the Taskforce Wonen en Zorg (Overzicht 2): the
 * <i>procesafspraak</i>, <i>beschrijvende afspraak</i>, <i>intentieafspraak</i>,
 * <i>handelingsafspraak</i>, <i>garantieafspraak</i> and <i>transactieafspraak</i>.
 *
 * <p>Every type is immutable and thread-safe. Goals, parties, covenants, indicators and other
 * agreements are referred to by id. What a draft may still lack is optional or an empty
 * collection; whether an agreement is complete (signed by the required parties, SMART where its
 * type demands it) is for validation to report.
 */
@NullMarked
package nl.woonzorg.model.agreement;

import org.jspecify.annotations.NullMarked;
