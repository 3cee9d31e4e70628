/**
 * woonzorg's checks as SQL functions, for Spark SQL and PySpark: registered on a session by
 * {@link nl.woonzorg.spark.sql.WoonzorgFunctions}, on every session by {@link
 * nl.woonzorg.spark.sql.WoonzorgSessionExtensions}, or one by one from PySpark with {@code
 * spark.udf.registerJavaFunction}.
 */
@NullMarked
package nl.woonzorg.spark.sql;

import org.jspecify.annotations.NullMarked;
