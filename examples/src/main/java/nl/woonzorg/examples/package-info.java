/**
 * The worked examples: each class builds one case from the source documents as a model, prints a
 * short summary from its {@code main}, and is bundled as a document under {@code examples/data/}.
 *
 * <ol>
 *   <li>{@link nl.woonzorg.examples.GemeenteA}: clustered housing through all five phases;
 *   <li>{@link nl.woonzorg.examples.NationalProgramme}: 290,000 homes for older people by 2030;
 *   <li>{@link nl.woonzorg.examples.Rotterdam}: 8,400 homes designated for living with care;
 *   <li>{@link nl.woonzorg.examples.Bernheze}: a meeting room in every kern;
 *   <li>{@link nl.woonzorg.examples.SixAgreementTypes}: one prestatieafspraak of each type;
 *   <li>{@link nl.woonzorg.examples.DwellingStock}: a corporation's stock as NDJSON, checked
 *       record by record.
 * </ol>
 *
 * <p>Nothing here is null unless marked so.
 */
@NullMarked
package nl.woonzorg.examples;

import org.jspecify.annotations.NullMarked;
