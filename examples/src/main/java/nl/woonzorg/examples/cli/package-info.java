/**
 * The {@code woonzorg} command-line tool: validate documents, convert them between pretty, compact
 * and NDJSON parts, print the JSON Schema and the rule catalogue, and write a self-contained HTML
 * report for people. Start at {@link nl.woonzorg.examples.cli.Woonzorg}; {@code woonzorg --help}
 * lists the commands and the exit codes.
 *
 * <p>Nothing here is null unless marked so.
 */
@NullMarked
package nl.woonzorg.examples.cli;

import org.jspecify.annotations.NullMarked;
