/**
 * The entry point of the all-in-one jar for {@code spark-submit}: {@link
 * nl.woonzorg.spark.submit.CheckNdjson}.
 */
@NullMarked
package nl.woonzorg.spark.submit;

import org.jspecify.annotations.NullMarked;
