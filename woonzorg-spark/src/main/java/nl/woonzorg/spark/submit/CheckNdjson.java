package nl.woonzorg.spark.submit;

import static org.apache.spark.sql.functions.col;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.woonzorg.model.report.Severity;
import nl.woonzorg.spark.FindingColumns;
import nl.woonzorg.spark.RecordCheck;
import nl.woonzorg.spark.RuleSummary;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apiguardian.api.API;

/**
 * The entry point of the all-in-one jar, for {@code spark-submit}: checks NDJSON files of dwelling
 * records and prints, per rule, the findings and the records that failed it.
 *
 * <pre>
 * spark-submit --master local[2] woonzorg-spark-VERSION-all.jar [--lang en] [--output DIR] FILE...
 * </pre>
 *
 * <p>{@code --output} writes the findings as Parquet to {@code DIR}. Exit codes: 0 no finding of
 * severity {@code ERROR}, 1 at least one, 64 usage error.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class CheckNdjson {

  /** No finding of severity ERROR. */
  public static final int OK = 0;
  /** At least one finding of severity ERROR. */
  public static final int ERRORS = 1;
  /** The arguments are not understood. */
  public static final int USAGE = 64;

  private CheckNdjson() {}

  /** Runs the check with the session spark-submit gives, and exits with its code. */
  public static void main(String[] args) {
    SparkSession spark = SparkSession.builder().appName("woonzorg-check").getOrCreate();
    int code;
    try {
      code = run(spark, args, new PrintStream(System.out, true, StandardCharsets.UTF_8));
    } finally {
      spark.stop();
    }
    System.exit(code);
  }

  /** Runs the check on {@code spark}, printing to {@code out}; returns the exit code. */
  public static int run(SparkSession spark, String[] args, PrintStream out) {
    Locale locale = Locale.forLanguageTag("nl");
    String output = null;
    List<String> files = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--lang") && i + 1 < args.length) {
        locale = Locale.forLanguageTag(args[++i]);
      } else if (args[i].equals("--output") && i + 1 < args.length) {
        output = args[++i];
      } else if (args[i].startsWith("--")) {
        out.println("unknown option: " + args[i]);
        return USAGE;
      } else {
        files.add(args[i]);
      }
    }
    if (files.isEmpty()) {
      out.println("usage: CheckNdjson [--lang nl|en] [--output DIR] FILE...");
      return USAGE;
    }
    RecordCheck check = RecordCheck.builder().locale(locale).build();
    Dataset<Row> findings = check.ndjsonFindings(spark, files.toArray(String[]::new)).cache();
    try {
      long records = spark.read().text(files.toArray(String[]::new))
          .where(col("value").rlike("[^ \\t\\r]")).count();
      out.println("records " + records);
      out.println("findings " + findings.count());
      for (Row rule : RuleSummary.of(records, findings).collectAsList()) {
        out.println(rule.getString(0) + " " + rule.getString(1) + " failed "
            + rule.getLong(4) + " findings " + rule.getLong(5));
      }
      if (output != null) {
        findings.write().mode(SaveMode.ErrorIfExists).parquet(output);
      }
      return findings.where(col(FindingColumns.SEVERITY).equalTo(Severity.ERROR.getCode()))
          .isEmpty() ? OK : ERRORS;
    } finally {
      findings.unpersist();
    }
  }
}
