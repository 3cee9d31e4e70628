/**
 * The woonzorganalyse's demand, supply and gap per area, rolled up the CBS hierarchy, as a Spark
 * job: {@link nl.woonzorg.spark.gap.GapRollup}.
 */
@NullMarked
package nl.woonzorg.spark.gap;

import org.jspecify.annotations.NullMarked;
