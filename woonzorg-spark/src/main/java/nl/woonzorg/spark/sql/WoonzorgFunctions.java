package nl.woonzorg.spark.sql;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.woonzorg.spark.internal.CheckSettings;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apiguardian.api.API;

/**
 * Registers woonzorg's SQL functions on a session (<i>SQL-functies</i>), so that SQL and PySpark
 * can call them by name:
 *
 * <ul>
 *   <li>{@code woonzorg_findings(json)}: the findings of one dwelling record, see {@link
 *       FindingsFunction};
 *   <li>{@code woonzorg_conforms(json)}: whether the record has no finding of severity {@code
 *       ERROR}, see {@link ConformsFunction}.
 * </ul>
 *
 * <pre>{@code
 * WoonzorgFunctions.register(spark);
 * spark.sql("SELECT id, woonzorg_findings(to_json(struct(*))) AS findings FROM dwellings");
 * }</pre>
 *
 * <p>The same functions come with every session that names {@link WoonzorgSessionExtensions} in
 * {@code spark.sql.extensions}.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class WoonzorgFunctions {

  /** The name of the findings function. */
  public static final String FINDINGS = "woonzorg_findings";
  /** The name of the conformity function. */
  public static final String CONFORMS = "woonzorg_conforms";

  private WoonzorgFunctions() {}

  /**
   * Registers the functions on {@code spark} as temporary functions, with the profile and language
   * of its configuration ({@link FindingsFunction#PROFILE_KEY}, {@link
   * FindingsFunction#LOCALE_KEY}).
   */
  public static void register(SparkSession spark) {
    Objects.requireNonNull(spark, "spark");
    spark.udf().register(FINDINGS, findings(spark));
    spark.udf().register(CONFORMS, conforms(spark));
  }

  /** The findings function with {@code spark}'s settings. */
  static UserDefinedFunction findings(SparkSession spark) {
    return functions.udf(new FindingsFunction(settings(spark)), FindingsFunction.RETURN_TYPE)
        .withName(FINDINGS);
  }

  /** The conformity function with {@code spark}'s settings. */
  static UserDefinedFunction conforms(SparkSession spark) {
    return functions.udf(new ConformsFunction(new FindingsFunction(settings(spark))),
        DataTypes.BooleanType).withName(CONFORMS);
  }

  private static CheckSettings settings(SparkSession spark) {
    return new CheckSettings(spark.conf().get(FindingsFunction.PROFILE_KEY, "VASTGESTELD"),
        spark.conf().get(FindingsFunction.LOCALE_KEY, "nl"), List.of(), Map.of());
  }
}
