/**
 * JMH benchmarks of woonzorg against raw Jackson 3 on the same bytes ({@link
 * nl.woonzorg.benchmarks.Baseline}): a large vision written, read and validated ({@link
 * nl.woonzorg.benchmarks.DocumentBenchmark}) and a bulk stock check of NDJSON dwelling records
 * ({@link nl.woonzorg.benchmarks.StockCheckBenchmark}). {@link nl.woonzorg.benchmarks.Ratios} runs
 * them and prints the ratios the project's goals are stated in; {@link
 * nl.woonzorg.benchmarks.StreamCheck} checks a national stock in one stream. Not published.
 */
@NullMarked
package nl.woonzorg.benchmarks;

import org.jspecify.annotations.NullMarked;
