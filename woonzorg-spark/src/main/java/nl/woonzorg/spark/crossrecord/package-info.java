/**
 * Rules across records, as aggregations over a whole Dataset: {@link
 * nl.woonzorg.spark.crossrecord.UniqueKeyCheck}.
 */
@NullMarked
package nl.woonzorg.spark.crossrecord;

import org.jspecify.annotations.NullMarked;
