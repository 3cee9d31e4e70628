/**
 * The common language of checks (<i>rapportage</i>): findings with a stable rule id, a severity, a
 * JSON Pointer into the wire form, a message and a hint, and reports with their verdicts.
 * Validation and parsing both produce these types, so a tool can show their results together.
 */
@NullMarked
package nl.woonzorg.model.report;

import org.jspecify.annotations.NullMarked;
