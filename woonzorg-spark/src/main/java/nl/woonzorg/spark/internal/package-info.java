/**
 * The machinery behind the API packages of woonzorg-spark: rows written as the wire format
 * ({@link nl.woonzorg.spark.internal.RowJson}), validators held per executor JVM ({@link
 * nl.woonzorg.spark.internal.CheckSettings}), findings as rows ({@link
 * nl.woonzorg.spark.internal.FindingRows}), NDJSON and VERA files read with their line numbers
 * ({@link nl.woonzorg.spark.internal.NdjsonLines}, {@link nl.woonzorg.spark.internal.VeraFiles}),
 * and the per-partition work of the roll-ups and cross-record checks.
 *
 * <p>Types here are public only so that the API packages ({@code nl.woonzorg.spark}, {@code
 * .codelist}, {@code .crossrecord}, {@code .gap}, {@code .sql}, {@code .submit}, {@code .supply})
 * and the functions Spark sends to its executors can reach them: the module has no {@code
 * module-info} to hide them (Spark's jars are no named modules). Each is {@code @API(status =
 * INTERNAL)} and may change in any release. The package depends on the model and the public
 * APIs of validation, io, vera and analysis, never on the packages it serves.
 */
@NullMarked
package nl.woonzorg.spark.internal;

import org.jspecify.annotations.NullMarked;
