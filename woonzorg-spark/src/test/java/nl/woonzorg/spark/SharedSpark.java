package nl.woonzorg.spark;

import org.apache.spark.sql.SparkSession;

/**
 * The one local Spark session of the module's tests ({@code local[2]}), started on first use and
 * shared by every test class of the run: starting Spark costs seconds, checking a fixture
 * milliseconds. Stopped when the JVM ends.
 */
public final class SharedSpark {

  private static SparkSession session;

  private SharedSpark() {}

  /** The session. */
  public static synchronized SparkSession session() {
    if (session == null) {
      session = SparkSession.builder()
          .master("local[2]")
          .appName("woonzorg-spark-tests")
          .config("spark.ui.enabled", "false")
          .config("spark.sql.shuffle.partitions", "2")
          .config("spark.driver.bindAddress", "127.0.0.1")
          .config("spark.driver.host", "127.0.0.1")
          .getOrCreate();
      session.sparkContext().setLogLevel("WARN");
      Runtime.getRuntime().addShutdownHook(new Thread(session::stop));
    }
    return session;
  }
}
