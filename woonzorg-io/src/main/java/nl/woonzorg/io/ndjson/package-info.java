/**
 * Bulk records as NDJSON (<i>bulkuitwisseling</i>): one compact document per line — dwelling stock,
 * agreements, measurements — read and written one record at a time in constant memory, with
 * problems located by line and an option to report bad lines and go on.
 */
@NullMarked
package nl.woonzorg.io.ndjson;

import org.jspecify.annotations.NullMarked;
