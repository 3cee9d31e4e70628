/**
 * woonzorg's checks on Apache Spark: {@link nl.woonzorg.spark.RecordCheck} turns a Dataset of
 * dwelling records, or NDJSON files, into a long-format findings Dataset ({@link
 * nl.woonzorg.spark.FindingColumns}), and {@link nl.woonzorg.spark.RuleSummary} sums it up per
 * rule. Spark is a {@code provided} dependency: the cluster brings it.
 */
@NullMarked
package nl.woonzorg.spark;

import org.jspecify.annotations.NullMarked;
