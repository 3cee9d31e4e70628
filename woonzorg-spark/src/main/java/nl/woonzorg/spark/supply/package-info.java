/**
 * The analysis's supply per area and category as a Spark job: {@link
 * nl.woonzorg.spark.supply.SupplyRollup}.
 */
@NullMarked
package nl.woonzorg.spark.supply;

import org.jspecify.annotations.NullMarked;
