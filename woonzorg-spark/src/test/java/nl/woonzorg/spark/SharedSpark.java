package nl.woonzorg.spark;

import java.util.List;
import org.apache.spark.sql.SparkSession;

/**
 * The one local Spark session of the module's tests ({@code local[2]}), started on first use and
 * shared by every test class of the run: starting Spark costs seconds, checking a fixture
 * milliseconds. Stopped when the JVM ends.
 *
 * <p>Set for fixtures of tens to thousands of rows, where planning and compiling a query cost
 * more than running it: no UI, one shuffle partition, no adaptive re-planning, and expressions
 * interpreted rather than compiled to Java by Janino (whole-stage code generation and the
 * code-generated projections are what a busy 2-core machine spent most of the tests' time on).
 * The results do not depend on these settings; {@link #TUNING} passes them to {@code spark-submit}
 * too.
 */
public final class SharedSpark {

  /** The settings, {@code key=value}, beside the master. */
  public static final List<String> TUNING = List.of(
      "spark.ui.enabled=false",
      "spark.sql.shuffle.partitions=1",
      "spark.sql.adaptive.enabled=false",
      "spark.sql.codegen.wholeStage=false",
      "spark.sql.codegen.factoryMode=NO_CODEGEN",
      "spark.driver.bindAddress=127.0.0.1",
      "spark.driver.host=127.0.0.1");

  private static SparkSession session;

  private SharedSpark() {}

  /** The session. */
  public static synchronized SparkSession session() {
    if (session == null) {
      SparkSession.Builder builder = SparkSession.builder()
          .master("local[2]")
          .appName("woonzorg-spark-tests");
      for (String setting : TUNING) {
        int equals = setting.indexOf('=');
        builder.config(setting.substring(0, equals), setting.substring(equals + 1));
      }
      session = builder.getOrCreate();
      session.sparkContext().setLogLevel("WARN");
      Runtime.getRuntime().addShutdownHook(new Thread(session::stop));
    }
    return session;
  }
}
