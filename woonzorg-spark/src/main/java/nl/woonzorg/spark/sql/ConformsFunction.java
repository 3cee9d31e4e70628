package nl.woonzorg.spark.sql;

import java.util.List;
import nl.woonzorg.model.report.Severity;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF1;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The SQL function {@code woonzorg_conforms(json)}: whether one dwelling record, given as its
 * wire-format JSON, has no finding of severity {@code ERROR}; null for a null argument. Like
 * {@link FindingsFunction}, a class with a public no-argument constructor for PySpark's {@code
 * spark.udf.registerJavaFunction("woonzorg_conforms", "nl.woonzorg.spark.sql.ConformsFunction",
 * "boolean")}, configured the same way.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class ConformsFunction implements UDF1<String, Boolean> {

  private static final long serialVersionUID = 1L;

  private final FindingsFunction findings;

  /** The function with the active session's settings. */
  public ConformsFunction() {
    this(new FindingsFunction());
  }

  ConformsFunction(FindingsFunction findings) {
    this.findings = findings;
  }

  @Override
  public @Nullable Boolean call(@Nullable String json) {
    List<Row> found = findings.call(json);
    if (found == null) {
      return null;
    }
    return found.stream().noneMatch(row -> row.getString(1).equals(Severity.ERROR.getCode()));
  }
}
