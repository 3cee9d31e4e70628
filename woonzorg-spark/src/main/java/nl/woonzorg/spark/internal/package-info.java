/**
 * The machinery of the Spark checks: rows written as the wire format, validators held per JVM,
 * findings as rows, NDJSON lines with their numbers. Not API.
 */
@NullMarked
package nl.woonzorg.spark.internal;

import org.jspecify.annotations.NullMarked;
